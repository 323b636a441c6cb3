package dev.aegis.plugin.mcp;

import dev.aegis.api.PluginFactory;
import dev.aegis.testkit.PluginFactoryContractTest;

class McpToolSourceFactoryContractTest extends PluginFactoryContractTest {

    @Override
    protected PluginFactory<?, ?> factory() {
        return new McpToolSourceFactory();
    }
}
