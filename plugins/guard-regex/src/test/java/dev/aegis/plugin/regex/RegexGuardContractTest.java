package dev.aegis.plugin.regex;

import dev.aegis.api.guard.Guardrail;
import dev.aegis.kernel.config.ConfigBinding;
import dev.aegis.testkit.FakePluginContext;
import dev.aegis.testkit.GuardrailContractTest;

class RegexGuardContractTest extends GuardrailContractTest {

    @Override
    protected Guardrail guardrail() {
        return new RegexGuardFactory().create(
                ConfigBinding.bindYaml(RegexGuardConfig.class, "rules: [{name: secret-project, pattern: 'project zephyr'}]"),
                FakePluginContext.create());
    }

    @Override
    protected String sensitiveSample() {
        return "tell me about project zephyr";
    }
}
