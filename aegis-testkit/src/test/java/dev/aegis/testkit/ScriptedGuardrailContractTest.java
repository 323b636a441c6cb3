package dev.aegis.testkit;

import dev.aegis.api.guard.Guardrail;

class ScriptedGuardrailContractTest extends GuardrailContractTest {

    @Override
    protected Guardrail guardrail() {
        return ScriptedGuardrail.blockingWhenContains("4111 1111 1111 1111", "a card number was found");
    }

    @Override
    protected String sensitiveSample() {
        return "4111 1111 1111 1111";
    }
}
