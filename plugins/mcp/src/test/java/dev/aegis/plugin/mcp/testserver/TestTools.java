package dev.aegis.plugin.mcp.testserver;

import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

/** The tools of the test tool server, whatever transport serves them. */
public final class TestTools {

    public static final String DEFAULT_WEATHER_DESCRIPTION = "Current weather for a city.";

    /** A tool and what it does. */
    public record TestTool(McpSchema.Tool tool, Function<CallToolRequest, CallToolResult> handler) {}

    private static final String CITY = """
            {"type": "object", "properties": {"city": {"type": "string", "description": "the city"}}, "required": ["city"]}""";
    private static final String ID = """
            {"type": "object", "properties": {"id": {"type": "string"}}, "required": ["id"]}""";
    private static final String SECONDS = """
            {"type": "object", "properties": {"seconds": {"type": "number"}}}""";
    private static final String NOTHING = """
            {"type": "object", "properties": {}}""";

    private TestTools() {}

    static List<TestTool> all(McpJsonMapper json, String weatherDescription) {
        return List.of(
                weather(json, weatherDescription),
                tool(json, ToolServer.LOOKUP_CUSTOMER, "Looks a customer up by id.", ID, request -> text(
                        "Customer " + argument(request, "id") + ": Jane Roe, jane.roe@example.com, card 4111 1111 1111 1111")),
                tool(json, ToolServer.FAIL, "Always fails.", NOTHING, request -> CallToolResult.builder()
                        .addTextContent("the tool failed on purpose").isError(true).build()),
                tool(json, ToolServer.SLOW, "Answers after some seconds (60 by default).", SECONDS, TestTools::slow),
                tool(json, ToolServer.CRASH, "Ends the server process at once, answering nothing.", NOTHING, request -> {
                    System.err.println("crashing on purpose");
                    System.err.flush();
                    Runtime.getRuntime().halt(3);
                    return text("unreachable");
                }),
                tool(json, ToolServer.PID, "The server's process id.", NOTHING, request -> text(Long.toString(ProcessHandle.current().pid()))),
                tool(json, ToolServer.ENVIRONMENT, "The server's environment variable names, greeting and working directory, as structured content.",
                        NOTHING, request -> CallToolResult.builder().structuredContent(Map.of(
                                "variables", List.copyOf(new TreeSet<>(System.getenv().keySet())),
                                "greeting", System.getenv().getOrDefault(ToolServer.GREETING_ENV, ""),
                                "working-directory", Path.of("").toAbsolutePath().toString())).build()),
                tool(json, ToolServer.MEDIA, "Returns an image, an embedded text resource and a link.", NOTHING, request -> CallToolResult.builder()
                        .addTextContent("here is the chart")
                        .addContent(new McpSchema.ImageContent(null, "iVBORw0KGgo=", "image/png", null))
                        .addContent(new McpSchema.EmbeddedResource(null, new McpSchema.TextResourceContents("file:///notes.txt", "text/plain", "the notes", null), null))
                        .build()));
    }

    static TestTool weather(McpJsonMapper json, String description) {
        return tool(json, ToolServer.GET_WEATHER, description, CITY, request -> text("Sunny in " + argument(request, "city") + ", 21°C"));
    }

    private static TestTool tool(McpJsonMapper json, String name, String description, String schema, Function<CallToolRequest, CallToolResult> handler) {
        return new TestTool(McpSchema.Tool.builder(name, json, schema).description(description).build(), handler);
    }

    private static CallToolResult slow(CallToolRequest request) {
        Object seconds = request.arguments() == null ? null : request.arguments().get("seconds");
        long millis = (long) ((seconds instanceof Number number ? number.doubleValue() : 60) * 1000);
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return text("done after " + millis + " ms");
    }

    private static String argument(CallToolRequest request, String name) {
        return request.arguments() == null ? "" : String.valueOf(request.arguments().get(name));
    }

    private static CallToolResult text(String text) {
        return CallToolResult.builder().addTextContent(text).build();
    }
}
