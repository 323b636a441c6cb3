package dev.aegis.pack.llmguard.scanners;

import dev.aegis.api.guard.Guardrail;
import dev.aegis.testkit.FakePluginContext;
import dev.aegis.testkit.GuardrailContractTest;
import java.util.List;

class UrlsContractTest extends GuardrailContractTest {
    @Override
    protected Guardrail guardrail() {
        return new UrlsFactory().create(new UrlsConfig(null, List.of("evil.net"), null, null, null, null, null, null), FakePluginContext.create());
    }

    @Override
    protected String sensitiveSample() {
        return "https://evil.net/collect?session=4f9a";
    }
}
