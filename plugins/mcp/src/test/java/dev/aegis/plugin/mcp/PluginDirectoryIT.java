package dev.aegis.plugin.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aegis.api.PluginFactory;
import dev.aegis.api.node.PipelineNode;
import dev.aegis.api.state.ToolCall;
import dev.aegis.api.tool.ToolResult;
import dev.aegis.api.tool.ToolSource;
import dev.aegis.kernel.config.ConfigBinding;
import dev.aegis.kernel.discovery.PluginKind;
import dev.aegis.kernel.discovery.PluginRegistry;
import dev.aegis.plugin.mcp.testserver.ToolServer;
import dev.aegis.testkit.FakePluginContext;
import dev.aegis.testkit.PackagedPlugin;
import dev.aegis.testkit.TestRuns;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged plugin directory (the zip the release unpacks into plugins/) dropped into a plugin
 * directory and loaded in its own class loader, which sees only the contracts of the host: the SDK
 * must find nothing through the host's service files.
 */
class PluginDirectoryIT {

    @TempDir
    Path plugins;

    @Test
    void thePackagedPluginCallsToolsFromAPluginDirectory() throws Exception {
        Path unit = PackagedPlugin.unpackInto(plugins);
        assertThat(unit.getFileName()).hasToString("plugin-mcp");

        PluginFactory<?, ?> factory = PluginRegistry.discover(new HostWithoutThisPlugin(getClass().getClassLoader()), Optional.of(plugins))
                .find(PluginKind.PIPELINE_NODE, "mcp").orElseThrow().factory();
        assertThat(factory.getClass().getClassLoader()).as("isolated").isNotSameAs(McpToolSourceFactory.class.getClassLoader());

        PipelineNode node = create(factory, new ObjectMapper().writeValueAsString(Map.of("servers", Map.of("weather", Map.of("command", ToolServer.command())))));
        try {
            ToolSource source = (ToolSource) node;
            assertThat(source.tools()).isNotEmpty();
            assertThat(source.call(new ToolCall("c1", "get_weather", "{\"city\": \"Bern\"}"), TestRuns.run().build()))
                    .isEqualTo(ToolResult.of("Sunny in Bern, 21°C"));
        } finally {
            ((AutoCloseable) node).close();
        }
    }

    @SuppressWarnings("unchecked")
    private static PipelineNode create(PluginFactory<?, ?> factory, String yaml) {
        PluginFactory<Record, PipelineNode> typed = (PluginFactory<Record, PipelineNode>) factory;
        return typed.create(ConfigBinding.bindYaml(typed.configType(), yaml), FakePluginContext.create());
    }

    /** The test class path minus this plugin's own service file, so only the directory's copy is found. */
    private static final class HostWithoutThisPlugin extends ClassLoader {

        HostWithoutThisPlugin(ClassLoader host) {
            super("host-without-mcp", host);
        }

        @Override
        public Enumeration<URL> getResources(String name) throws IOException {
            List<URL> kept = Collections.list(super.getResources(name)).stream()
                    .filter(url -> !url.toString().contains("/plugins/mcp/target/"))
                    .toList();
            return Collections.enumeration(kept);
        }
    }
}
