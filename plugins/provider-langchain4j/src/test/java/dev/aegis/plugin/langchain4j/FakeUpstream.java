package dev.aegis.plugin.langchain4j;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A real HTTP upstream on 127.0.0.1 for provider tests: records each request and answers with
 * what the test's responder says, writing and flushing streamed parts one by one.
 */
final class FakeUpstream implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    record Request(String method, String path, String query, Map<String, String> headers, String body) {

        String header(String name) {
            return headers.getOrDefault(name.toLowerCase(Locale.ROOT), "");
        }

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** @param pause before each part from index {@code pauseFrom} on, to stretch a stream out */
    record Response(int status, String contentType, List<String> parts, Duration pause, int pauseFrom) {

        static Response json(String body) {
            return new Response(200, "application/json", List.of(body), Duration.ZERO, 1);
        }

        static Response json(int status, String body) {
            return new Response(status, "application/json", List.of(body), Duration.ZERO, 1);
        }

        static Response sse(List<String> events) {
            return new Response(200, "text/event-stream", events, Duration.ZERO, 1);
        }

        static Response ndjson(List<String> lines) {
            return new Response(200, "application/x-ndjson", lines.stream().map(line -> line + "\n").toList(), Duration.ZERO, 1);
        }

        Response pausing(Duration between) {
            return new Response(status, contentType, parts, between, 1);
        }

        /** Sends the first {@code count} parts at once, then waits {@code silence} before each further one. */
        Response stallingAfter(int count, Duration silence) {
            return new Response(status, contentType, parts, silence, count);
        }
    }

    private final HttpServer server;
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final CountDownLatch clientWentAway = new CountDownLatch(1);
    private volatile Function<Request, Response> responder;

    private FakeUpstream(Function<Request, Response> responder) throws IOException {
        this.responder = responder;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", this::handle);
        server.start();
    }

    static FakeUpstream start(Function<Request, Response> responder) {
        try {
            return new FakeUpstream(responder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    void respondWith(Function<Request, Response> next) {
        responder = next;
    }

    List<Request> requests() {
        return List.copyOf(requests);
    }

    Request lastRequest() {
        return requests.getLast();
    }

    /** Counted down when writing to a client failed because it closed the connection. */
    CountDownLatch clientWentAway() {
        return clientWentAway;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Map<String, String> headers = exchange.getRequestHeaders().entrySet().stream()
                    .collect(Collectors.toMap(entry -> entry.getKey().toLowerCase(Locale.ROOT), entry -> String.join(",", entry.getValue())));
            Request request = new Request(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                    String.valueOf(exchange.getRequestURI().getQuery()), headers, body);
            requests.add(request);
            Response response = responder.apply(request);
            exchange.getResponseHeaders().set("Content-Type", response.contentType());
            exchange.sendResponseHeaders(response.status(), 0);
            write(exchange.getResponseBody(), response);
        }
    }

    private void write(OutputStream out, Response response) {
        try {
            for (int i = 0; i < response.parts().size(); i++) {
                if (i >= response.pauseFrom() && !response.pause().isZero()) {
                    Thread.sleep(response.pause());
                }
                out.write(response.parts().get(i).getBytes(StandardCharsets.UTF_8));
                out.flush();
            }
        } catch (IOException e) {
            clientWentAway.countDown();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
