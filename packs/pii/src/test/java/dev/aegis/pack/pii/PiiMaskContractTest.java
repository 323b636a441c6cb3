package dev.aegis.pack.pii;

import dev.aegis.api.guard.Guardrail;
import dev.aegis.testkit.FakePluginContext;
import dev.aegis.testkit.GuardrailContractTest;

class PiiMaskContractTest extends GuardrailContractTest {

    @Override
    protected Guardrail guardrail() {
        return new PiiMaskFactory().create(new PiiMaskConfig(null, null, null, null, null, null), FakePluginContext.create());
    }

    @Override
    protected String sensitiveSample() {
        return "Jane Miller, jane.miller@example.com, +44 20 7946 0958, card 4111 1111 1111 1111";
    }
}
