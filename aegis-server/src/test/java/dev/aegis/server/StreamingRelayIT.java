package dev.aegis.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.aegis.server.fixtures.RunningGateway;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The relay of a streamed answer, against an upstream the test paces by hand: the client's headers
 * and role chunk go out as soon as the upstream answers, a chunk is never held back while the
 * upstream is idle, chunks that arrive together still all arrive, and a window guard's held text
 * all reaches the client. Each wait is bounded, so a
 * chunk held back fails the test instead of hanging it.
 */
class StreamingRelayIT {

    private static final String CHUNK = "data: {\"id\":\"c\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"m\","
            + "\"choices\":[{\"index\":0,\"delta\":{%s},\"finish_reason\":%s}]}\n\n";

    @TempDir
    static Path dir;

    static HttpServer upstream;
    static RunningGateway gateway;
    static volatile CountDownLatch clientSawRole;
    static volatile CountDownLatch clientSawFirst;

    @BeforeAll
    static void start() throws IOException {
        upstream = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 16);
        upstream.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        upstream.createContext("/", StreamingRelayIT::serve);
        upstream.start();
        String base = "http://127.0.0.1:" + upstream.getAddress().getPort();
        gateway = RunningGateway.start(dir, """
                providers:
                  paced: {type: openai, config: {base-url: "%s/paced/v1", model: up-1}}
                  burst: {type: openai, config: {base-url: "%s/burst/v1", model: up-1}}
                nodes:
                  no-secrets: {type: regex-guard, config: {rules: [{name: key, pattern: 'sk-[a-z]{8}'}], window: 16}}
                routes:
                  paced: {models: [paced], execute: {providers: [paced]}, durability: none}
                  burst: {models: [burst], execute: {providers: [burst]}, durability: none}
                  windowed: {models: [windowed], execute: {providers: [paced]}, egress: [no-secrets], durability: none}
                """.formatted(base, base));
    }

    @AfterAll
    static void stop() {
        gateway.close();
        upstream.stop(0);
    }

    // /paced: the role chunk, then waits for the client to have it; one text chunk, then waits for the
    // client to have that; then the rest. /burst: 500 chunks and [DONE] in one write.
    private static void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            exchange.getRequestBody().readAllBytes();
            exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
            exchange.sendResponseHeaders(200, 0);
            OutputStream out = exchange.getResponseBody();
            if (exchange.getRequestURI().getPath().startsWith("/burst")) {
                StringBuilder all = new StringBuilder(CHUNK.formatted("\"role\":\"assistant\",\"content\":\"\"", "null"));
                for (int i = 0; i < 500; i++) {
                    all.append(CHUNK.formatted("\"content\":\"" + (i % 10) + "\"", "null"));
                }
                all.append(CHUNK.formatted("", "\"stop\"")).append("data: [DONE]\n\n");
                out.write(all.toString().getBytes(StandardCharsets.UTF_8));
                return;
            }
            send(out, CHUNK.formatted("\"role\":\"assistant\",\"content\":\"\"", "null"));
            await(clientSawRole);
            send(out, CHUNK.formatted("\"content\":\"Hello there, \"", "null"));
            await(clientSawFirst);
            send(out, CHUNK.formatted("\"content\":\"friend.\"", "null") + CHUNK.formatted("", "\"stop\"") + "data: [DONE]\n\n");
        }
    }

    private static void send(OutputStream out, String events) throws IOException {
        out.write(events.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void headersAndTheRoleChunkLeaveWhenTheUpstreamAnswersAndNoChunkWaitsForTheNext() throws Exception {
        clientSawRole = new CountDownLatch(1);
        clientSawFirst = new CountDownLatch(1);
        CompletableFuture<HttpResponse<InputStream>> pending = gateway.client().sendAsync(request("paced"), HttpResponse.BodyHandlers.ofInputStream());

        HttpResponse<InputStream> response = pending.get(15, TimeUnit.SECONDS);   // the upstream has sent no text yet
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("content-type")).hasValue("text/event-stream");
        try (BufferedReader events = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            String first = nextData(events);
            assertThat(first).contains("\"role\":\"assistant\"").contains("\"content\":\"\"");
            clientSawRole.countDown();
            assertThat(nextData(events)).contains("\"content\":\"Hello there, \"");
            clientSawFirst.countDown();
            List<String> rest = new ArrayList<>();
            for (String data = nextData(events); data != null; data = nextData(events)) {
                rest.add(data);
            }
            assertThat(rest.getFirst()).contains("\"content\":\"friend.\"");
            assertThat(rest.getLast()).isEqualTo("[DONE]");
        }
    }

    @Test
    void aWindowGuardsHeldTextIsReleasedWhole() throws Exception {
        clientSawRole = new CountDownLatch(1);
        clientSawFirst = new CountDownLatch(1);
        HttpResponse<InputStream> response = gateway.client().send(request("windowed"), HttpResponse.BodyHandlers.ofInputStream());

        try (BufferedReader events = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            assertThat(nextData(events)).contains("\"role\":\"assistant\"");
            clientSawRole.countDown();
            // "Hello there, " is 13 characters, within the 16-character window: it is held until more text
            // comes, so the upstream is let go without waiting for the client to see it
            clientSawFirst.countDown();
            StringBuilder text = new StringBuilder();
            String last = null;
            for (String data = nextData(events); data != null; data = nextData(events)) {
                last = data;
                int at = data.indexOf("\"content\":\"");
                if (at >= 0) {
                    text.append(data, at + 11, data.indexOf('"', at + 11));
                }
            }
            assertThat(text).hasToString("Hello there, friend.");
            assertThat(last).isEqualTo("[DONE]");
        }
    }

    @Test
    void chunksThatArriveTogetherAllArriveInOrder() throws Exception {
        HttpResponse<String> response = gateway.send(request("burst"));

        StringBuilder text = new StringBuilder();
        List<String> data = dev.aegis.server.fixtures.Sse.data(response.body());
        for (String event : data) {
            int at = event.indexOf("\"content\":\"");
            if (at >= 0) {
                text.append(event, at + 11, event.indexOf('"', at + 11));
            }
        }
        assertThat(text).hasToString("0123456789".repeat(50));
        assertThat(data.getLast()).isEqualTo("[DONE]");
    }

    private static HttpRequest request(String model) {
        return HttpRequest.newBuilder(gateway.uri("/v1/chat/completions"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + RunningGateway.BOB)
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"model\":\"" + model + "\",\"stream\":true,\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}"))
                .build();
    }

    private static String nextData(BufferedReader events) throws IOException {
        for (String line = events.readLine(); line != null; line = events.readLine()) {
            if (line.startsWith("data: ")) {
                return line.substring(6);
            }
        }
        return null;
    }
}
