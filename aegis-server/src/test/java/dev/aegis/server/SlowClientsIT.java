package dev.aegis.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.aegis.server.fixtures.RunningGateway;
import dev.aegis.server.fixtures.Sse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Slow clients over raw sockets: a request whose headers or body stall is closed after
 * {@code server.header-timeout} / {@code server.body-timeout} (1 s and 2 s here; the assertions
 * only give the server a generous 30 s), a request arriving slowly but steadily is served, an idle
 * keep-alive connection outlives the header timeout, one address holds at most
 * {@code server.max-connections-per-client} connections, and an SSE answer streaming far longer than
 * both timeouts is never cut.
 */
class SlowClientsIT {

    private static final Duration GENEROUS = Duration.ofSeconds(30);
    private static final int STREAM_CHUNKS = 12;

    @TempDir
    static Path dir;

    static HttpServer slowUpstream;
    static RunningGateway gateway;

    @BeforeAll
    static void start() throws IOException {
        slowUpstream = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 16);
        slowUpstream.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        slowUpstream.createContext("/", SlowClientsIT::slowStream);
        slowUpstream.start();
        gateway = RunningGateway.start(dir, """
                server: {header-timeout: 1s, body-timeout: 2s}
                providers:
                  slow: {type: openai, config: {base-url: "http://127.0.0.1:%d/v1", model: up-1}}
                routes:
                  chat: {models: [up-1], execute: {providers: [slow]}, durability: none}
                """.formatted(slowUpstream.getAddress().getPort()));
    }

    @AfterAll
    static void stop() {
        gateway.close();
        slowUpstream.stop(0);
    }

    @Test
    void aConnectionThatStallsInTheMiddleOfItsHeadersIsClosed() throws IOException {
        try (Socket socket = connect(gateway)) {
            send(socket, "POST /v1/chat/completions HTTP/1.1\r\nHost: aegis\r\nContent-Type: application/json\r\nAuthoriz");

            assertThat(closedWithin(socket, GENEROUS)).as("closed after the header timeout").isTrue();
        }
    }

    @Test
    void aConnectionThatNeverSendsARequestIsClosed() throws IOException {
        try (Socket socket = connect(gateway)) {
            assertThat(closedWithin(socket, GENEROUS)).isTrue();
        }
    }

    @Test
    void aConnectionThatStallsInTheMiddleOfItsBodyIsClosed() throws IOException {
        try (Socket socket = connect(gateway)) {
            send(socket, "POST /v1/chat/completions HTTP/1.1\r\nHost: aegis\r\nContent-Type: application/json\r\n"
                    + "Authorization: Bearer " + RunningGateway.BOB + "\r\nContent-Length: 1000\r\n\r\n{\"model\":\"up-1\",\"messages\":[");

            assertThat(closedWithin(socket, GENEROUS)).as("closed after the body timeout").isTrue();
        }
    }

    @Test
    void theUnreadBodyOfARefusedRequestIsBoundedToo() throws IOException {
        try (Socket socket = connect(gateway)) {
            send(socket, "POST /v1/chat/completions HTTP/1.1\r\nHost: aegis\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 1000\r\n\r\n{\"model\":");

            assertThat(readResponse(socket)).startsWith("HTTP/1.1 401");
            assertThat(closedWithin(socket, GENEROUS)).isTrue();
        }
    }

    @Test
    void aBodyArrivingSlowlyButSteadilyIsServed() throws Exception {
        String body = "{\"model\":\"up-1\",\"stream\":false,\"messages\":[{\"role\":\"user\",\"content\":\"hello there\"}]}";
        try (Socket socket = connect(gateway)) {
            send(socket, "POST /v1/chat/completions HTTP/1.1\r\nHost: aegis\r\nContent-Type: application/json\r\n"
                    + "Authorization: Bearer " + RunningGateway.BOB + "\r\nContent-Length: " + body.length() + "\r\n\r\n");
            for (int at = 0; at < body.length(); at += 20) {
                Thread.sleep(300);
                send(socket, body.substring(at, Math.min(body.length(), at + 20)));
            }

            assertThat(readResponse(socket)).startsWith("HTTP/1.1 200");
        }
    }

    @Test
    void anIdleKeepAliveConnectionOutlivesTheHeaderTimeout() throws Exception {
        try (Socket socket = connect(gateway)) {
            send(socket, "GET /healthz HTTP/1.1\r\nHost: aegis\r\n\r\n");
            assertThat(readResponse(socket)).startsWith("HTTP/1.1 200");

            Thread.sleep(2500);
            send(socket, "GET /healthz HTTP/1.1\r\nHost: aegis\r\n\r\n");

            assertThat(readResponse(socket)).startsWith("HTTP/1.1 200");
        }
    }

    @Test
    void anAnswerStreamingLongerThanBothTimeoutsIsNeverCut() throws IOException {
        HttpResponse<String> response = gateway.post("/v1/chat/completions", RunningGateway.BOB,
                "{\"model\":\"up-1\",\"stream\":true,\"messages\":[{\"role\":\"user\",\"content\":\"tell me slowly\"}]}");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        List<String> events = Sse.data(response.body());
        assertThat(events).last().isEqualTo("[DONE]");
        assertThat(response.body()).contains("tick " + (STREAM_CHUNKS - 1));
    }

    @Test
    void oneAddressHoldsAtMostItsShareOfConnections() throws Exception {
        Path other = Files.createDirectories(dir.resolve("bounded"));
        try (RunningGateway bounded = RunningGateway.start(other, """
                server: {max-connections-per-client: 3, header-timeout: 60s}
                providers: {mock: {type: mock}}
                routes: {chat: {execute: {providers: [mock]}, durability: none}}
                """)) {
            List<Socket> held = new ArrayList<>();
            try {
                for (int i = 0; i < 3; i++) {
                    Socket socket = connect(bounded);
                    held.add(socket);
                    send(socket, "GET /healthz HTTP/1.1\r\nHost: aegis\r\n\r\n");
                    assertThat(readResponse(socket)).as("connection %d is served", i + 1).startsWith("HTTP/1.1 200");
                }
                try (Socket refused = connect(bounded)) {
                    send(refused, "GET /healthz HTTP/1.1\r\nHost: aegis\r\n\r\n");
                    String answer = readAll(refused, GENEROUS);
                    assertThat(answer).as("refused quickly, at most with a 503").satisfiesAnyOf(
                            text -> assertThat(text).startsWith("HTTP/1.1 503").contains("too_many_connections"),
                            text -> assertThat(text).isEmpty());
                }
                held.removeFirst().close();
                assertThat(eventuallyServed(bounded)).as("a connection is admitted again once one closes").isTrue();
            } finally {
                for (Socket socket : held) {
                    socket.close();
                }
            }
        }
    }

    private static boolean eventuallyServed(RunningGateway gateway) throws Exception {
        for (int attempt = 0; attempt < 100; attempt++) {
            try (Socket socket = connect(gateway)) {
                send(socket, "GET /healthz HTTP/1.1\r\nHost: aegis\r\n\r\n");
                if (readResponse(socket).startsWith("HTTP/1.1 200")) {
                    return true;
                }
            } catch (IOException refusedMeanwhile) {
                // the closed connection is not released yet
            }
            Thread.sleep(100);
        }
        return false;
    }

    // Streamed: an OpenAI stream of STREAM_CHUNKS chunks, 300 ms apart, far longer than both timeouts.
    private static void slowStream(HttpExchange exchange) throws IOException {
        String request = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        if (!request.contains("\"stream\":true")) {
            byte[] json = ("{\"id\":\"c\",\"object\":\"chat.completion\",\"created\":1,\"model\":\"up-1\",\"choices\":[{\"index\":0,"
                    + "\"message\":{\"role\":\"assistant\",\"content\":\"hi\"},\"finish_reason\":\"stop\"}],"
                    + "\"usage\":{\"prompt_tokens\":1,\"completion_tokens\":1,\"total_tokens\":2}}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, json.length);
            exchange.getResponseBody().write(json);
            exchange.close();
            return;
        }
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
        exchange.sendResponseHeaders(200, 0);
        try (OutputStream out = exchange.getResponseBody()) {
            for (int i = 0; i < STREAM_CHUNKS; i++) {
                event(out, "{\"id\":\"c\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"up-1\",\"choices\":[{\"index\":0,"
                        + "\"delta\":{\"content\":\"tick " + i + " \"},\"finish_reason\":null}]}");
                try {
                    Thread.sleep(300);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            event(out, "{\"id\":\"c\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"up-1\",\"choices\":[{\"index\":0,"
                    + "\"delta\":{},\"finish_reason\":\"stop\"}]}");
            event(out, "[DONE]");
        }
    }

    private static void event(OutputStream out, String data) throws IOException {
        out.write(("data: " + data + "\n\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private static Socket connect(RunningGateway gateway) throws IOException {
        Socket socket = new Socket("127.0.0.1", gateway.uri("/").getPort());
        socket.setSoTimeout((int) GENEROUS.toMillis());
        return socket;
    }

    private static void send(Socket socket, String text) throws IOException {
        socket.getOutputStream().write(text.getBytes(StandardCharsets.UTF_8));
        socket.getOutputStream().flush();
    }

    /** Whether the server closed the connection (end of stream or reset) before {@code within} passed; what it sent first is skipped. */
    private static boolean closedWithin(Socket socket, Duration within) throws IOException {
        socket.setSoTimeout((int) within.toMillis());
        try {
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[8192];
            while (in.read(buffer) >= 0) {
                // a response to what was sent, if any
            }
            return true;
        } catch (SocketTimeoutException stillOpen) {
            return false;
        } catch (IOException reset) {
            return true;
        }
    }

    private static String readAll(Socket socket, Duration within) throws IOException {
        socket.setSoTimeout((int) within.toMillis());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            socket.getInputStream().transferTo(out);
        } catch (SocketTimeoutException stillOpen) {
            throw new AssertionError("the connection was neither answered nor closed");
        } catch (IOException reset) {
            // closed by a reset: what arrived before counts
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** One response with a Content-Length body: its status line, headers and body. */
    private static String readResponse(Socket socket) throws IOException {
        InputStream in = socket.getInputStream();
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
            int next = in.read();
            if (next < 0) {
                return head.toString(StandardCharsets.ISO_8859_1);
            }
            head.write(next);
        }
        String headers = head.toString(StandardCharsets.ISO_8859_1);
        int length = 0;
        for (String line : headers.split("\r\n")) {
            if (line.toLowerCase(java.util.Locale.ROOT).startsWith("content-length:")) {
                length = Integer.parseInt(line.substring(line.indexOf(':') + 1).trim());
            }
        }
        return headers + new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }
}
