package dev.aegis.plugin.mcp;

import static dev.aegis.plugin.mcp.TestSources.call;
import static dev.aegis.plugin.mcp.TestSources.config;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aegis.api.model.ToolDefinition;
import dev.aegis.api.tool.ToolException;
import dev.aegis.api.tool.ToolException.Failure;
import dev.aegis.api.tool.ToolResult;
import dev.aegis.plugin.mcp.testserver.HttpToolServer;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The source against the test tools served over streamable HTTP (stateless) in this JVM. */
class HttpToolSourceIT {

    private static final Map<String, Object> TOKEN = Map.of("Authorization", Map.of("secret", "env:Bearer t0ken-123"));

    @Test
    void listsAndCallsToolsSendingTheSecretHeadersWithEveryRequest() {
        try (HttpToolServer server = HttpToolServer.start();
                McpToolSource source = new McpToolSource(config(Map.of("servers", Map.of("search", Map.of("url", server.url(), "headers", TOKEN)))))) {

            assertThat(source.tools()).extracting(ToolDefinition::name).contains("get_weather", "lookup_customer");
            assertThat(call(source, "get_weather", "{\"city\": \"Paris\"}")).isEqualTo(ToolResult.of("Sunny in Paris, 21°C"));
            assertThat(call(source, "fail", "{}")).isEqualTo(ToolResult.failed("the tool failed on purpose"));
            assertThat(server.authorizations()).isNotEmpty().allSatisfy(header -> assertThat(header).isEqualTo("Bearer t0ken-123"));
        }
    }

    @Test
    void aServerThatDoesNotAnswerStopsStartupNamingItButNotItsHeaders() throws IOException {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Map<String, Object> servers = Map.of("search", Map.of("url", "http://127.0.0.1:" + port + "/mcp", "headers", TOKEN));

        assertThatThrownBy(() -> new McpToolSource(config(Map.of("servers", servers, "start-timeout", "5s"))))
                .isInstanceOfSatisfying(ToolException.class, e -> assertThat(e.failure()).isEqualTo(Failure.UNAVAILABLE))
                .hasMessageContaining("MCP server 'search'")
                .hasMessageContaining("connection refused")
                .hasMessageNotContaining("t0ken");
    }

    @Test
    void aServerThatWentAwayIsUnavailableAndReachedAgainOnceItIsBack() {
        HttpToolServer first = HttpToolServer.start();
        int port = first.port();
        try (McpToolSource source = new McpToolSource(config(Map.of("servers", Map.of("search", Map.of("url", first.url())))))) {
            first.close();

            assertThatThrownBy(() -> call(source, "get_weather", "{\"city\": \"Oslo\"}"))
                    .isInstanceOfSatisfying(ToolException.class, e -> assertThat(e.failure()).isEqualTo(Failure.UNAVAILABLE))
                    .hasMessageContaining("MCP server 'search'");

            try (HttpToolServer second = HttpToolServer.start(port)) {
                assertThat(call(source, "get_weather", "{\"city\": \"Oslo\"}").content()).isEqualTo("Sunny in Oslo, 21°C");
                assertThat(second.authorizations()).as("the new server answered").isNotEmpty();
            }
        }
    }
}
