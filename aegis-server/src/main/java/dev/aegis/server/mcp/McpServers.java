package dev.aegis.server.mcp;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.spec.McpSchema;
import java.time.Duration;

/** What the HTTP and the stdio server share: identity, capabilities, tools and how they run. */
final class McpServers {

    // a key given twice in one object is refused, as on the HTTP API
    static final McpJsonMapper MAPPER = new JacksonMcpJsonMapper(new ObjectMapper(
            JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build()));

    private static final String INSTRUCTIONS = """
            Aegis is an AI gateway. Use 'chat' to talk to a model through it (list_models shows what you may use); \
            its policies apply, and a refused request comes back as an error result with a stable code.""";

    private McpServers() {}

    static McpSyncServer build(McpServer.SyncSpecification<?> specification, GatewayTools tools, Callers callers) {
        return specification
                .serverInfo(McpSchema.Implementation.builder("aegis", version()).title("Aegis AI gateway").build())
                .instructions(INSTRUCTIONS)
                .jsonMapper(MAPPER)
                .capabilities(McpSchema.ServerCapabilities.builder().tools(false).build())
                .tools(tools.specifications(MAPPER, callers))
                .addToolFilter(tools.visibility(callers))
                .validateToolInputs(true)
                // A chat run may wait on a slow upstream; the pipeline has its own timeouts.
                .requestTimeout(Duration.ofMinutes(10))
                // Tools run on the calling thread, which the transports make a virtual one: no bounded pool to exhaust.
                .immediateExecution(true)
                .build();
    }

    private static String version() {
        String version = McpServers.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }
}
