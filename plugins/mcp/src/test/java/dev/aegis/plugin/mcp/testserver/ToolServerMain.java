package dev.aegis.plugin.mcp.testserver;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import io.modelcontextprotocol.json.schema.jackson2.DefaultJsonSchemaValidator;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpServerFeatures;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.server.transport.StdioServerTransportProvider;
import io.modelcontextprotocol.spec.McpSchema;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The test tool server over stdio, built on the MCP Java SDK; see {@link ToolServer} for its tools and switches. */
public final class ToolServerMain {

    private ToolServerMain() {}

    public static void main(String[] args) throws Exception {
        Optional<Path> refuse = Optional.ofNullable(System.getenv(ToolServer.REFUSE_FILE_ENV)).map(Path::of);
        if (refuse.isPresent() && Files.exists(refuse.get())) {
            System.err.println("refusing to start: " + refuse.get() + " exists");
            System.exit(2);
        }
        McpJsonMapper json = new JacksonMcpJsonMapper(new ObjectMapper());
        String description = System.getenv().getOrDefault(ToolServer.WEATHER_DESCRIPTION_ENV, TestTools.DEFAULT_WEATHER_DESCRIPTION);
        McpSyncServer server = McpServer.sync(new StdioServerTransportProvider(json, new ExitAtEndOfInput(System.in), System.out))
                .serverInfo("aegis-test-tools", "1.0")
                .jsonMapper(json)
                .jsonSchemaValidator(new DefaultJsonSchemaValidator(new ObjectMapper()))
                .capabilities(McpSchema.ServerCapabilities.builder().tools(true).build())
                .tools(TestTools.all(json, description).stream().map(ToolServerMain::specification).toList())
                .build();
        Optional<Path> control = Optional.ofNullable(System.getenv(ToolServer.CONTROL_FILE_ENV)).map(Path::of);
        if (control.isPresent()) {
            watch(control.get(), server, json, description);
        }
        Thread.currentThread().join();
    }

    private static McpServerFeatures.SyncToolSpecification specification(TestTools.TestTool tool) {
        return McpServerFeatures.SyncToolSpecification.builder().tool(tool.tool()).callHandler((exchange, request) -> tool.handler().apply(request)).build();
    }

    private static void watch(Path control, McpSyncServer server, McpJsonMapper json, String initial) throws InterruptedException {
        String current = initial;
        while (true) {
            Thread.sleep(50);
            String wanted = read(control);
            if (!wanted.isEmpty() && !wanted.equals(current)) {
                current = wanted;
                server.removeTool(ToolServer.GET_WEATHER);
                // adding a tool notifies the client: tools/list_changed
                server.addTool(specification(TestTools.weather(json, wanted)));
            }
        }
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file).strip() : "";
        } catch (IOException e) {
            return "";
        }
    }

    /** The client closed our stdin: it is done with us, so the process ends rather than linger. */
    private static final class ExitAtEndOfInput extends FilterInputStream {

        ExitAtEndOfInput(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            return exitAtEnd(super.read());
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            return exitAtEnd(super.read(buffer, offset, length));
        }

        private static int exitAtEnd(int read) {
            if (read == -1) {
                System.exit(0);
            }
            return read;
        }
    }
}
