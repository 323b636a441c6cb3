package dev.aegis.pack.llmguard.onnx;

import dev.aegis.api.PluginFactory;
import dev.aegis.testkit.PluginFactoryContractTest;

class OnnxClassifierFactoryContractTest extends PluginFactoryContractTest {

    @Override
    protected PluginFactory<?, ?> factory() {
        return new OnnxClassifierFactory();
    }
}
