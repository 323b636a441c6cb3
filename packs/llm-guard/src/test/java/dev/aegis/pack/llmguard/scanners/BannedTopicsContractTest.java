package dev.aegis.pack.llmguard.scanners;

import dev.aegis.api.guard.Guardrail;
import dev.aegis.testkit.FakePluginContext;
import dev.aegis.testkit.GuardrailContractTest;
import java.util.List;

class BannedTopicsContractTest extends GuardrailContractTest {
    @Override
    protected Guardrail guardrail() {
        return new BannedTopicsFactory().create(new BannedTopicsConfig(List.of(new BannedTopicsConfig.Topic("weapons",
                new BannedTopicsConfig.Keywords(List.of("pipe bomb")))), null, null, null), FakePluginContext.create());
    }

    @Override
    protected String sensitiveSample() {
        return "pipe bomb";
    }
}
