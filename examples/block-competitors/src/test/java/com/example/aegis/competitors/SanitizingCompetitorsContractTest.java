package com.example.aegis.competitors;

import dev.aegis.api.guard.Guardrail;
import dev.aegis.testkit.FakePluginContext;
import dev.aegis.testkit.GuardrailContractTest;

/** The testkit's promises of every guardrail, for the guard configured with a replacement. */
class SanitizingCompetitorsContractTest extends GuardrailContractTest {

    @Override
    protected Guardrail guardrail() {
        return new BlockCompetitorsFactory().create(BlockCompetitorsConfig.sanitizing("[competitor]", "Acme", "Globex"), FakePluginContext.create());
    }

    @Override
    protected String sensitiveSample() {
        return "Acme";
    }
}
