package dev.aegis.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aegis.server.fixtures.FakeUpstream;
import dev.aegis.server.fixtures.RunningGateway;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The small holes of issue 12 (hole 7), over real HTTP and raw sockets: malformed bodies are a 400
 * with a stable code and no stack trace in the log; every error has OpenAI's body, the server's own
 * included; no upstream address and no JSON-library internals reach a client; duplicate keys are
 * refused; HTTP/1.0 is answered; more than one choice is refused rather than billed and dropped.
 */
class RequestHygieneIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String VALID = "{\"model\":\"ok\",\"messages\":[{\"role\":\"user\",\"content\":\"Hello\"},"
            + "{\"role\":\"assistant\",\"content\":null,\"tool_calls\":[{\"id\":\"c1\",\"type\":\"function\",\"function\":{\"name\":\"f\",\"arguments\":\"{}\"}}]},"
            + "{\"role\":\"tool\",\"tool_call_id\":\"c1\",\"content\":[{\"type\":\"text\",\"text\":\"done\"}]}],"
            + "\"tools\":[{\"type\":\"function\",\"function\":{\"name\":\"f\",\"description\":\"d\",\"parameters\":{\"type\":\"object\"}}}],"
            + "\"temperature\":0.5,\"stop\":[\"x\"],\"stream\":false}";

    @TempDir
    static Path dir;

    static FakeUpstream upstream;
    static RunningGateway gateway;
    static int closedPort;

    private final List<LogRecord> logged = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(record);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };

    @BeforeAll
    static void start() throws Exception {
        upstream = new FakeUpstream();
        try (ServerSocket free = new ServerSocket(0)) {
            closedPort = free.getLocalPort();
        }
        gateway = RunningGateway.start(dir, """
                server: {max-request-bytes: 4096}
                providers:
                  ok: {type: openai, config: {base-url: "%s", model: up-1}}
                  internal: {type: openai, config: {base-url: "http://127.0.0.1:%d/secret-internal/v1", model: up-1}}
                routes:
                  ok: {execute: {providers: [ok]}, durability: none}
                  unreachable: {execute: {providers: [internal], retries: 0}, durability: none}
                """.formatted(upstream.baseUrl("ok"), closedPort));
    }

    @AfterAll
    static void stop() {
        gateway.close();
        upstream.close();
    }

    @BeforeEach
    void listen() {
        upstream.bodies.clear();
        Logger.getLogger("").addHandler(capture);
    }

    @AfterEach
    void unlisten() {
        Logger.getLogger("").removeHandler(capture);
    }

    @Test
    void toolCallsGivenAsAnObjectAreA400AndLogNoStackTrace() throws Exception {
        HttpResponse<String> response = chat("{\"model\":\"ok\",\"messages\":[{\"role\":\"assistant\",\"content\":\"x\",\"tool_calls\":{\"id\":\"c1\"}}]}");

        assertError(response, 400, "invalid_messages");
        assertThat(JSON.readTree(response.body()).at("/error/param").asText()).isEqualTo("messages[0].tool_calls");
        assertThat(logged).noneMatch(record -> record.getThrown() != null && record.getLevel().intValue() >= Level.INFO.intValue());
    }

    @Test
    void mutatedBodiesAreNeverAServerError() throws Exception {
        Random random = new Random(12);
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            String body = mutate(VALID, random);
            HttpResponse<String> response = chat(body);
            if (response.statusCode() >= 500 || !response.body().contains("\"error\"") && response.statusCode() != 200) {
                failures.add(response.statusCode() + " for " + body + ": " + response.body());
            }
        }
        assertThat(failures).isEmpty();
        assertThat(logged).noneMatch(record -> record.getThrown() != null && record.getLevel().intValue() >= Level.INFO.intValue());
    }

    @Test
    void anUnknownPathIsA404InOpenAisShapeAfterAuthentication() throws Exception {
        HttpResponse<String> known = gateway.get("/v1/no-such-thing", RunningGateway.ALICE);
        HttpResponse<String> stranger = gateway.get("/v1/no-such-thing", null);

        assertError(known, 404, "not_found");
        assertError(stranger, 401, "invalid_api_key");
    }

    @Test
    void theServersOwnRefusalsUseOpenAisShape() throws Exception {
        assertRawError(raw("GARBAGE\r\n\r\n"), 400, "bad_request");
        assertRawError(raw("GET /" + "a".repeat(70_000) + " HTTP/1.1\r\nHost: a\r\n\r\n"), 414, "uri_too_long");
        assertRawError(raw("POST /v1/chat/completions HTTP/1.1\r\nHost: a\r\nAuthorization: Bearer alice-token\r\nContent-Type: application/json\r\n"
                + "Content-Length: 20000\r\n\r\n" + "x".repeat(20_000)), 413, "request_too_large");
    }

    @Test
    void anUnreachableUpstreamsAddressNeverReachesTheClient() throws Exception {
        HttpResponse<String> response = chat("{\"model\":\"unreachable\",\"messages\":[{\"role\":\"user\",\"content\":\"Hello\"}]}");

        assertError(response, 502, "upstream_unreachable");
        String run = gateway.get("/v1/runs/" + response.headers().firstValue("x-aegis-run-id").orElseThrow(), RunningGateway.ALICE).body();
        for (String text : List.of(response.body(), run)) {
            assertThat(text).doesNotContain("127.0.0.1").doesNotContain("secret-internal").doesNotContain(Integer.toString(closedPort));
        }
    }

    @Test
    void malformedJsonIsDescribedWithoutTheJsonLibrarysWords() throws Exception {
        HttpResponse<String> broken = chat("{\"model\": \"ok\", \"messages\": [x]}");
        HttpResponse<String> trailing = chat("{\"model\":\"ok\",\"messages\":[{\"role\":\"user\",\"content\":\"Hi\"}]} {}");
        HttpResponse<String> deep = chat("[".repeat(1500) + "]".repeat(1500));

        for (HttpResponse<String> response : List.of(broken, trailing, deep)) {
            assertError(response, 400, "invalid_json");
            assertThat(response.body()).doesNotContain("Source").doesNotContain("Unexpected character").doesNotContain("jackson")
                    .doesNotContain("StreamReadConstraints").doesNotContain("token");
        }
        assertThat(broken.body()).contains("line 1, column");
    }

    @Test
    void aKeyGivenTwiceIsRefusedWhereverItIs() throws Exception {
        HttpResponse<String> top = chat("{\"model\":\"ok\",\"model\":\"other\",\"messages\":[{\"role\":\"user\",\"content\":\"Hi\"}]}");
        HttpResponse<String> nested = chat("{\"model\":\"ok\",\"messages\":[{\"role\":\"user\",\"content\":\"Hi\",\"content\":\"card 4111 1111 1111 1111\"}]}");

        assertError(top, 400, "duplicate_key");
        assertThat(JSON.readTree(top.body()).at("/error/param").asText()).isEqualTo("model");
        assertError(nested, 400, "duplicate_key");
        assertThat(JSON.readTree(nested.body()).at("/error/param").asText()).isEqualTo("messages[0].content");
        assertThat(upstream.bodies).isEmpty();
    }

    @Test
    void moreThanOneChoiceIsRefusedNotBilledAndDropped() throws Exception {
        HttpResponse<String> chat = chat("{\"model\":\"ok\",\"n\":2,\"messages\":[{\"role\":\"user\",\"content\":\"Hi\"}]}");
        HttpResponse<String> run = gateway.post("/v1/runs", RunningGateway.ALICE,
                "{\"route\":\"ok\",\"parameters\":{\"n\":3},\"messages\":[{\"role\":\"user\",\"content\":\"Hi\"}]}");
        HttpResponse<String> one = chat("{\"model\":\"ok\",\"n\":1,\"messages\":[{\"role\":\"user\",\"content\":\"Hi\"}]}");

        assertError(chat, 400, "unsupported_parameter");
        assertThat(JSON.readTree(chat.body()).at("/error/param").asText()).isEqualTo("n");
        assertError(run, 400, "unsupported_parameter");
        assertThat(one.statusCode()).isEqualTo(200);
        assertThat(upstream.bodies).hasSize(1);
    }

    @Test
    void anHttp10RequestIsAnsweredAndItsConnectionClosed() throws Exception {
        String health = raw("GET /healthz HTTP/1.0\r\n\r\n");
        String body = "{\"model\":\"ok\",\"messages\":[{\"role\":\"user\",\"content\":\"Hi\"}]}";
        String chat = raw("POST /v1/chat/completions HTTP/1.0\r\nAuthorization: Bearer alice-token\r\nContent-Type: application/json\r\n"
                + "Content-Length: " + body.length() + "\r\n\r\n" + body);

        assertThat(health).startsWith("HTTP/1.1 200").containsIgnoringCase("connection: close").endsWith("{\"status\":\"ok\"}");
        assertThat(chat).startsWith("HTTP/1.1 200").containsIgnoringCase("content-length:").contains(FakeUpstream.ANSWER);
        assertThat(upstream.bodies).hasSize(1);
    }

    @Test
    void aStreamAskedToCloseItsConnectionEndsWholeBeforeTheClose() throws Exception {
        String body = "{\"model\":\"ok\",\"stream\":true,\"messages\":[{\"role\":\"user\",\"content\":\"Hi\"}]}";
        String response = raw("POST /v1/chat/completions HTTP/1.1\r\nHost: a\r\nConnection: close\r\nAuthorization: Bearer alice-token\r\n"
                + "Content-Type: application/json\r\nContent-Length: " + body.length() + "\r\n\r\n" + body);

        assertThat(response).startsWith("HTTP/1.1 200").contains("data: [DONE]").endsWith("0\r\n\r\n");
    }

    /** Sends raw bytes and reads until the server closes the connection (a read timeout fails the test). */
    private static String raw(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", gateway.uri("/").getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream received = new ByteArrayOutputStream();
            try {
                in.transferTo(received);
            } catch (java.net.SocketException reset) {
                // the server may reset after answering a request whose body it did not read
            }
            return received.toString(StandardCharsets.UTF_8);
        }
    }

    private static String mutate(String valid, Random random) throws Exception {
        JsonNode tree = JSON.readTree(valid);
        List<JsonNode> containers = new ArrayList<>();
        collect(tree, containers);
        for (int edits = 1 + random.nextInt(3); edits > 0; edits--) {
            JsonNode target = containers.get(random.nextInt(containers.size()));
            JsonNode replacement = switch (random.nextInt(7)) {
                case 0 -> JSON.nullNode();
                case 1 -> JSON.getNodeFactory().numberNode(random.nextInt(5) - 1);
                case 2 -> JSON.getNodeFactory().textNode("x");
                case 3 -> JSON.createArrayNode().add(JSON.createObjectNode());
                case 4 -> JSON.createObjectNode().put("id", 1);
                case 5 -> JSON.getNodeFactory().booleanNode(true);
                default -> JSON.createArrayNode();
            };
            if (target instanceof com.fasterxml.jackson.databind.node.ObjectNode object && !object.isEmpty()) {
                List<String> names = new ArrayList<>();
                object.fieldNames().forEachRemaining(names::add);
                object.set(names.get(random.nextInt(names.size())), replacement);
            } else if (target instanceof com.fasterxml.jackson.databind.node.ArrayNode array && !array.isEmpty()) {
                array.set(random.nextInt(array.size()), replacement);
            }
        }
        return tree.toString();
    }

    private static void collect(JsonNode node, List<JsonNode> containers) {
        if (node.isContainerNode()) {
            containers.add(node);
            node.forEach(child -> collect(child, containers));
        }
    }

    private static HttpResponse<String> chat(String body) {
        return gateway.post("/v1/chat/completions", RunningGateway.ALICE, body);
    }

    private static void assertError(HttpResponse<String> response, int status, String code) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        JsonNode error = JSON.readTree(response.body()).path("error");
        assertThat(error.path("code").asText()).isEqualTo(code);
        assertThat(error.has("message") && error.has("type") && error.has("param")).isTrue();
    }

    private static void assertRawError(String response, int status, String code) throws Exception {
        assertThat(response).startsWith("HTTP/1.1 " + status).containsIgnoringCase("content-type: application/json");
        JsonNode error = JSON.readTree(response.substring(response.indexOf("\r\n\r\n") + 4)).path("error");
        assertThat(error.path("code").asText()).isEqualTo(code);
        assertThat(error.has("message") && error.has("type") && error.has("param")).isTrue();
    }
}
