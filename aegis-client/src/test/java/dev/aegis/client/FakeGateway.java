package dev.aegis.client;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * A scripted HTTP server standing in for the gateway: each request takes the next scripted answer and
 * is recorded. On one of this module's test ports (28545–28558).
 */
final class FakeGateway implements AutoCloseable {

    /** What to do with one request. */
    @FunctionalInterface
    interface Answer {
        void answer(HttpExchange exchange) throws Exception;
    }

    /** A request as received. */
    record Received(String method, String uri, Map<String, List<String>> headers, String body) {
        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).findFirst()
                    .map(e -> e.getValue().getFirst()).orElse(null);
        }
    }

    private final HttpServer server;
    private final ConcurrentLinkedQueue<Answer> script = new ConcurrentLinkedQueue<>();
    private final List<Received> received = new CopyOnWriteArrayList<>();

    FakeGateway() throws IOException {
        server = bind();
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", exchange -> {
            try (exchange) {
                received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().toString(),
                        Map.copyOf(exchange.getRequestHeaders()), new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
                Answer next = script.poll();
                if (next == null) {
                    json(500, "{\"error\": {\"message\": \"nothing scripted\", \"type\": \"server_error\", \"code\": \"unscripted\"}}").answer(exchange);
                } else {
                    next.answer(exchange);
                }
            } catch (Exception e) {
                throw new IOException(e);
            }
        });
        server.start();
    }

    private static HttpServer bind() throws IOException {
        for (int port = 28545; port <= 28558; port++) {
            try {
                return HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
            } catch (BindException taken) {
                // the next port of the range
            }
        }
        throw new BindException("every test port 28545-28558 is taken");
    }

    FakeGateway then(Answer answer) {
        script.add(answer);
        return this;
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    List<Received> received() {
        return received;
    }

    static Answer json(int status, String body) {
        return json(status, body, Map.of());
    }

    static Answer json(int status, String body, Map<String, String> headers) {
        return exchange -> {
            headers.forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
            exchange.getResponseHeaders().add("content-type", "application/json");
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
        };
    }

    static String error(String type, String code, String message) {
        return "{\"error\": {\"message\": \"" + message + "\", \"type\": \"" + type + "\", \"code\": \"" + code + "\", \"param\": null}}";
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
