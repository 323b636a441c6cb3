package dev.aegis.pack.pii;

import dev.aegis.api.guard.Guardrail;
import dev.aegis.kernel.config.ConfigBinding;
import dev.aegis.testkit.FakePluginContext;
import dev.aegis.testkit.GuardrailContractTest;

/** The contract once more with every entity blocking: block reasons reach the client and must not quote. */
class PiiMaskBlockingContractTest extends GuardrailContractTest {

    @Override
    protected Guardrail guardrail() {
        return new PiiMaskFactory().create(ConfigBinding.bindYaml(PiiMaskConfig.class,
                "entities: {email: block, phone: block, person: block, credit-card: block}"), FakePluginContext.create());
    }

    @Override
    protected String sensitiveSample() {
        return "Jane Miller, jane.miller@example.com, +44 20 7946 0958, card 4111 1111 1111 1111";
    }
}
