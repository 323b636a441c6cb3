package dev.aegis.pack.llmguard.scanners;

import dev.aegis.api.guard.Guardrail;
import dev.aegis.testkit.FakePluginContext;
import dev.aegis.testkit.GuardrailContractTest;
import java.util.List;

class BannedSubstringsContractTest extends GuardrailContractTest {
    @Override
    protected Guardrail guardrail() {
        return new BannedSubstringsFactory().create(new BannedSubstringsConfig(
                List.of(new BannedSubstringsConfig.Rule("competitors", List.of("acme corp"))), null, null, null, null, null), FakePluginContext.create());
    }

    @Override
    protected String sensitiveSample() {
        return "Acme Corp";
    }
}
