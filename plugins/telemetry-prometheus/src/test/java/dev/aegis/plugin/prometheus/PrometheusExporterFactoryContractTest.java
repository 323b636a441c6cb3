package dev.aegis.plugin.prometheus;

import dev.aegis.api.PluginFactory;
import dev.aegis.testkit.PluginFactoryContractTest;

class PrometheusExporterFactoryContractTest extends PluginFactoryContractTest {

    @Override
    protected PluginFactory<?, ?> factory() {
        return new PrometheusExporterFactory();
    }
}
