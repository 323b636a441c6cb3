package dev.aegis.plugin.mcp;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aegis.api.secret.Secret;
import dev.aegis.api.state.RunState;
import dev.aegis.api.state.ToolCall;
import dev.aegis.api.tool.ToolResult;
import dev.aegis.kernel.config.ConfigBinding;
import dev.aegis.plugin.mcp.testserver.ToolServer;
import dev.aegis.testkit.TestRuns;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;

/** Configurations of the test tool server, bound as aegis.yaml binds them. */
final class TestSources {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final RunState RUN = TestRuns.run().build();

    private TestSources() {}

    /** A stdio server entry running the test tool server. */
    static Map<String, Object> toolServer(Map<String, String> env) {
        Map<String, Object> server = new LinkedHashMap<>();
        server.put("command", ToolServer.command());
        server.put("env", env);
        return server;
    }

    static McpConfig config(Map<String, Object> config) {
        try {
            return ConfigBinding.bindYaml(McpConfig.class, JSON.writeValueAsString(config), reference -> Secret.of(reference.substring(reference.indexOf(':') + 1)));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    static ToolResult call(McpToolSource source, String tool, String arguments) {
        return source.call(new ToolCall("call-1", tool, arguments), RUN);
    }

    /** Waits for something another process does; fails after 20 s, which no passing test comes near. */
    static void eventually(BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("the condition never held");
            }
            Thread.sleep(25);
        }
    }
}
