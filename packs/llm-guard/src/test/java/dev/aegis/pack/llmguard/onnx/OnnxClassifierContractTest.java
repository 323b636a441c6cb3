package dev.aegis.pack.llmguard.onnx;

import dev.aegis.api.guard.Guardrail;
import dev.aegis.kernel.config.ConfigBinding;
import dev.aegis.testkit.FakePluginContext;
import dev.aegis.testkit.GuardrailContractTest;

class OnnxClassifierContractTest extends GuardrailContractTest {

    @Override
    protected Guardrail guardrail() {
        return new OnnxClassifierFactory().create(ConfigBinding.bindYaml(OnnxClassifierConfig.class, OnnxClassifierGuardTest.yaml("")),
                FakePluginContext.create());
    }

    @Override
    protected String sensitiveSample() {
        return OnnxClassifierGuardTest.ATTACK;
    }
}
