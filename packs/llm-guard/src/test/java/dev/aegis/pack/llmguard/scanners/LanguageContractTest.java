package dev.aegis.pack.llmguard.scanners;

import dev.aegis.api.guard.Guardrail;
import dev.aegis.testkit.FakePluginContext;
import dev.aegis.testkit.GuardrailContractTest;

class LanguageContractTest extends GuardrailContractTest {
    @Override
    protected Guardrail guardrail() {
        return new LanguageFactory().create(LanguageConfig.allowing("en"), FakePluginContext.create());
    }

    @Override
    protected String sensitiveSample() {
        return "Ich habe letzte Woche ein Paar Schuhe bestellt und sie sind immer noch nicht angekommen, obwohl der Versand bestätigt wurde";
    }
}
