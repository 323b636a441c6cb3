package dev.aegis.pack.llmguard.scanners;

import dev.aegis.api.guard.Guardrail;
import dev.aegis.testkit.FakePluginContext;
import dev.aegis.testkit.GuardrailContractTest;

class InvisibleTextContractTest extends GuardrailContractTest {
    @Override
    protected Guardrail guardrail() {
        return new InvisibleTextFactory().create(InvisibleTextConfig.defaults(), FakePluginContext.create());
    }

    @Override
    protected String sensitiveSample() {
        return "secret\u200B\uDB40\uDC69\uDB40\uDC67\uDB40\uDC6E";
    }
}
