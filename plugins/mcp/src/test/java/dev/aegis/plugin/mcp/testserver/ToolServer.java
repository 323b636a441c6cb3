package dev.aegis.plugin.mcp.testserver;

import java.nio.file.Path;
import java.util.List;

/**
 * How to start the test tool server ({@link ToolServerMain}) as a child process, from any module's
 * tests that have this module's test-jar and the MCP SDK on their class path.
 *
 * <p>Its tools: {@value #GET_WEATHER} (city → "Sunny in Paris, 21°C"), {@value #LOOKUP_CUSTOMER}
 * (id → a line with an e-mail address and a card number), {@value #FAIL} (an error result),
 * {@value #SLOW} (sleeps {@code seconds}, 60 by default), {@value #CRASH} (the process halts with
 * code 3), {@value #PID}, {@value #ENVIRONMENT} (structured content only) and {@value #MEDIA}.
 */
public final class ToolServer {

    public static final String GET_WEATHER = "get_weather";
    public static final String LOOKUP_CUSTOMER = "lookup_customer";
    public static final String FAIL = "fail";
    public static final String SLOW = "slow";
    public static final String CRASH = "crash";
    public static final String PID = "pid";
    public static final String ENVIRONMENT = "environment";
    public static final String MEDIA = "media";

    /** The description of {@value #GET_WEATHER} at start; {@link TestTools#DEFAULT_WEATHER_DESCRIPTION} without it. */
    public static final String WEATHER_DESCRIPTION_ENV = "AEGIS_TOOL_SERVER_WEATHER_DESCRIPTION";
    /**
     * A file the server watches while it runs: when it holds text other than the current description
     * of {@value #GET_WEATHER}, the tool gets it as its description and the server sends
     * {@code notifications/tools/list_changed}, a rug pull in slow motion.
     */
    public static final String CONTROL_FILE_ENV = "AEGIS_TOOL_SERVER_CONTROL_FILE";
    /** A file whose presence at start makes the server exit with code 2 instead of starting. */
    public static final String REFUSE_FILE_ENV = "AEGIS_TOOL_SERVER_REFUSE_FILE";
    /** Echoed by {@value #ENVIRONMENT}. */
    public static final String GREETING_ENV = "AEGIS_TOOL_SERVER_GREETING";

    private ToolServer() {}

    /**
     * {@code java -cp <this JVM's class path> dev.aegis.plugin.mcp.testserver.ToolServerMain}, tuned to
     * start fast: a test server runs briefly.
     */
    public static List<String> command() {
        return List.of(java(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto",
                "-cp", System.getProperty("java.class.path"), ToolServerMain.class.getName());
    }

    /** The java launcher of this JVM. */
    public static String java() {
        return ProcessHandle.current().info().command()
                .orElseGet(() -> Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }
}
