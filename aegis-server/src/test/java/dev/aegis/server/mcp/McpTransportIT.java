package dev.aegis.server.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aegis.server.fixtures.McpGateway;
import dev.aegis.server.fixtures.RunningGateway;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The streamable-HTTP transport at /mcp, spoken by hand over real HTTP. */
@Timeout(120) // a stream that never ends fails the test instead of hanging the build
class McpTransportIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BOTH = "application/json, text/event-stream";
    private static final String INITIALIZE = """
            {"jsonrpc": "2.0", "id": 1, "method": "initialize",
             "params": {"protocolVersion": "2025-06-18", "capabilities": {}, "clientInfo": {"name": "test", "version": "1"}}}""";
    private static final String INITIALIZED = """
            {"jsonrpc": "2.0", "method": "notifications/initialized"}""";
    private static final String LIST_TOOLS = """
            {"jsonrpc": "2.0", "id": 2, "method": "tools/list"}""";

    @TempDir
    static Path dir;

    static RunningGateway gateway;

    @BeforeAll
    static void start() throws Exception {
        gateway = RunningGateway.start(dir, McpGateway.CONFIG);
    }

    @AfterAll
    static void stop() {
        gateway.close();
    }

    @Test
    void withoutCredentialsTheAnswerIs401BeforeTheProtocolIsLookedAt() throws Exception {
        HttpResponse<String> response = post(null, null, BOTH, "application/json", INITIALIZE);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("www-authenticate")).hasValueSatisfying(value -> assertThat(value).startsWith("Bearer"));
        assertThat(post("wrong-token", null, BOTH, "application/json", INITIALIZE).statusCode()).isEqualTo(401);
        assertThat(gateway.send(HttpRequest.newBuilder(gateway.uri("/mcp")).header("Accept", "text/event-stream").GET().build()).statusCode()).isEqualTo(401);
    }

    @Test
    void initializeAnswersJsonWithAFreshUnguessableSessionId() throws Exception {
        HttpResponse<String> response = post(RunningGateway.ALICE, null, BOTH, "application/json; charset=utf-8", INITIALIZE);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("content-type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.path("id").asInt()).isEqualTo(1);
        assertThat(body.at("/result/serverInfo/name").asText()).isEqualTo("aegis");
        assertThat(body.at("/result/capabilities/tools").isObject()).isTrue();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 5; i++) {
            String id = initialize(RunningGateway.ALICE);
            // 256 random bits, base64url: 43 characters
            assertThat(id).hasSize(43).matches("[A-Za-z0-9_-]+");
            ids.add(id);
        }
        assertThat(ids).hasSize(5);
    }

    @Test
    void aBrowserOriginMustBeAllowedAgainstDnsRebinding() throws Exception {
        HttpRequest.Builder fromEvil = HttpRequest.newBuilder(gateway.uri("/mcp"))
                .header("Authorization", "Bearer " + RunningGateway.ALICE)
                .header("Accept", BOTH).header("Content-Type", "application/json")
                .header("Origin", "http://evil.example:18080")
                .POST(HttpRequest.BodyPublishers.ofString(INITIALIZE));
        HttpResponse<String> refused = gateway.send(fromEvil.build());
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(JSON.readTree(refused.body()).at("/error/code").asInt()).isEqualTo(-32003);

        HttpResponse<String> allowed = gateway.send(HttpRequest.newBuilder(gateway.uri("/mcp"))
                .header("Authorization", "Bearer " + RunningGateway.ALICE)
                .header("Accept", BOTH).header("Content-Type", "application/json")
                .header("Origin", "https://console.example")
                .POST(HttpRequest.BodyPublishers.ofString(INITIALIZE)).build());
        assertThat(allowed.statusCode()).isEqualTo(200);
    }

    @Test
    void aPrincipalOpeningSessionsInALoopKeepsOnlyItsNewestOnes() {
        List<String> opened = new java.util.ArrayList<>();
        for (int i = 0; i < 33; i++) {
            opened.add(initialize(RunningGateway.CAROL));
        }

        assertThat(post(RunningGateway.CAROL, opened.getFirst(), BOTH, "application/json", INITIALIZED).statusCode())
                .as("the least recently used session was closed").isEqualTo(404);
        assertThat(post(RunningGateway.CAROL, opened.get(1), BOTH, "application/json", INITIALIZED).statusCode()).isEqualTo(202);
        assertThat(post(RunningGateway.CAROL, opened.getLast(), BOTH, "application/json", INITIALIZED).statusCode()).isEqualTo(202);
    }

    @Test
    void aPostMustAcceptBothJsonAndEventStreams() throws Exception {
        assertThat(post(RunningGateway.ALICE, null, "application/json", "application/json", INITIALIZE).statusCode()).isEqualTo(400);
        assertThat(post(RunningGateway.ALICE, null, "text/event-stream", "application/json", INITIALIZE).statusCode()).isEqualTo(400);
        HttpResponse<String> noAccept = gateway.send(HttpRequest.newBuilder(gateway.uri("/mcp"))
                .header("Authorization", "Bearer " + RunningGateway.ALICE)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(INITIALIZE)).build());
        assertThat(noAccept.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(noAccept.body()).at("/error/code").asInt()).isEqualTo(-32600);
    }

    @Test
    void aBodyThatIsNotJsonIs415AndJunkIs400() throws Exception {
        assertThat(post(RunningGateway.ALICE, null, BOTH, "text/plain", INITIALIZE).statusCode()).isEqualTo(415);
        HttpResponse<String> junk = post(RunningGateway.ALICE, null, BOTH, "application/json", "{\"jsonrpc\": ");
        assertThat(junk.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(junk.body()).at("/error/code").asInt()).isEqualTo(-32700);
        assertThat(junk.body()).doesNotContain("Exception").doesNotContain("at com.");
    }

    @Test
    void aMessageOverTheSizeLimitIs413() throws Exception {
        String session = initialize(RunningGateway.ALICE);
        String large = "{\"jsonrpc\": \"2.0\", \"id\": 3, \"method\": \"tools/call\", \"params\": {\"name\": \"chat\", \"arguments\": {\"model\": \"mock-1\", \"prompt\": \""
                + "x".repeat(25_000) + "\"}}}";

        assertThat(post(RunningGateway.ALICE, session, BOTH, "application/json", large).statusCode()).isEqualTo(413);
    }

    @Test
    void afterInitializeASessionIdIsRequiredAndAnUnknownOneIs404() throws Exception {
        HttpResponse<String> missing = post(RunningGateway.ALICE, null, BOTH, "application/json", LIST_TOOLS);
        assertThat(missing.statusCode()).isEqualTo(400);

        HttpResponse<String> unknown = post(RunningGateway.ALICE, "not-a-session", BOTH, "application/json", LIST_TOOLS);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(unknown.body()).at("/error/code").asInt()).isEqualTo(-32001);
    }

    @Test
    void aSessionBelongsToThePrincipalThatOpenedIt() throws Exception {
        String alices = initialize(RunningGateway.ALICE);

        assertThat(post(RunningGateway.BOB, alices, BOTH, "application/json", LIST_TOOLS).statusCode()).isEqualTo(404);
        assertThat(post(RunningGateway.BOB, alices, BOTH, "application/json", INITIALIZED).statusCode()).isEqualTo(404);
        assertThat(listen(RunningGateway.BOB, alices, HttpResponse.BodyHandlers.ofString()).get(30, TimeUnit.SECONDS).statusCode()).isEqualTo(404);
        assertThat(delete(RunningGateway.BOB, alices).statusCode()).isEqualTo(404);
        // still alice's, and still open
        assertThat(post(RunningGateway.ALICE, alices, BOTH, "application/json", LIST_TOOLS).statusCode()).isEqualTo(200);
    }

    @Test
    void notificationsAre202AndRequestsAreAnsweredOnAnEventStream() throws Exception {
        String session = initialize(RunningGateway.BOB);

        HttpResponse<String> notified = post(RunningGateway.BOB, session, BOTH, "application/json", INITIALIZED);
        assertThat(notified.statusCode()).isEqualTo(202);
        assertThat(notified.body()).isEmpty();

        HttpResponse<String> tools = post(RunningGateway.BOB, session, BOTH, "application/json", LIST_TOOLS);
        assertThat(tools.statusCode()).isEqualTo(200);
        assertThat(tools.headers().firstValue("content-type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/event-stream"));
        JsonNode answer = JSON.readTree(data(tools.body()));
        assertThat(answer.path("id").asInt()).isEqualTo(2);
        assertThat(answer.at("/result/tools").findValuesAsText("name")).contains("chat", "list_models", "list_routes", "get_run")
                .doesNotContain("list_approvals");
    }

    @Test
    void anUnsupportedProtocolVersionIs400() throws Exception {
        String session = initialize(RunningGateway.BOB);
        HttpRequest request = HttpRequest.newBuilder(gateway.uri("/mcp"))
                .header("Authorization", "Bearer " + RunningGateway.BOB)
                .header("Accept", BOTH).header("Content-Type", "application/json")
                .header("Mcp-Session-Id", session).header("MCP-Protocol-Version", "1999-01-01")
                .POST(HttpRequest.BodyPublishers.ofString(LIST_TOOLS)).build();

        assertThat(gateway.send(request).statusCode()).isEqualTo(400);
    }

    @Test
    void deleteEndsTheSessionAndItsListeningStream() throws Exception {
        String session = initialize(RunningGateway.BOB);
        // the headers arrive once the stream is open
        HttpResponse<InputStream> stream = listen(RunningGateway.BOB, session, HttpResponse.BodyHandlers.ofInputStream()).get(30, TimeUnit.SECONDS);
        assertThat(stream.statusCode()).isEqualTo(200);
        assertThat(stream.headers().firstValue("content-type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/event-stream"));

        assertThat(delete(RunningGateway.BOB, session).statusCode()).isEqualTo(200);

        try (InputStream events = stream.body()) {
            // returns only when the server ends the stream
            assertThat(new String(events.readAllBytes(), StandardCharsets.UTF_8)).startsWith(": open");
        }
        assertThat(post(RunningGateway.BOB, session, BOTH, "application/json", LIST_TOOLS).statusCode()).isEqualTo(404);
    }

    @Test
    void aListeningStreamNeedsToAcceptEventStreams() throws Exception {
        String session = initialize(RunningGateway.BOB);
        HttpRequest request = HttpRequest.newBuilder(gateway.uri("/mcp"))
                .header("Authorization", "Bearer " + RunningGateway.BOB).header("Accept", "application/json")
                .header("Mcp-Session-Id", session).GET().build();

        assertThat(gateway.send(request).statusCode()).isEqualTo(400);
    }

    private static String initialize(String token) {
        HttpResponse<String> response = post(token, null, BOTH, "application/json", INITIALIZE);
        assertThat(response.statusCode()).isEqualTo(200);
        return response.headers().firstValue("mcp-session-id").orElseThrow();
    }

    private static HttpResponse<String> post(String token, String session, String accept, String contentType, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(gateway.uri("/mcp"))
                .header("Accept", accept)
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (session != null) {
            request.header("Mcp-Session-Id", session);
        }
        return gateway.send(request.build());
    }

    private static <T> CompletableFuture<HttpResponse<T>> listen(String token, String session, HttpResponse.BodyHandler<T> body) {
        HttpRequest request = HttpRequest.newBuilder(gateway.uri("/mcp"))
                .header("Authorization", "Bearer " + token).header("Accept", "text/event-stream")
                .header("Mcp-Session-Id", session).GET().build();
        return gateway.client().sendAsync(request, body);
    }

    private static HttpResponse<String> delete(String token, String session) {
        return gateway.send(HttpRequest.newBuilder(gateway.uri("/mcp"))
                .header("Authorization", "Bearer " + token).header("Mcp-Session-Id", session).DELETE().build());
    }

    /** The data of the stream's only message event. */
    private static String data(String events) {
        return events.lines().filter(line -> line.startsWith("data: ")).map(line -> line.substring(6)).findFirst().orElseThrow();
    }
}
