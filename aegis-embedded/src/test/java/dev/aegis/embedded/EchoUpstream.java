package dev.aegis.embedded;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A real OpenAI-compatible upstream that answers "Echo: " and the last user message, and keeps every body it received. */
final class EchoUpstream implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    final List<String> bodies = new CopyOnWriteArrayList<>();
    private final HttpServer server;

    EchoUpstream(int port) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 16);
        server.createContext("/v1/chat/completions", this::answer);
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    private void answer(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        bodies.add(body);
        JsonNode messages = JSON.readTree(body).path("messages");
        String echo = "Echo: " + messages.get(messages.size() - 1).path("content").asText();
        byte[] answer = JSON.writeValueAsBytes(JSON.createObjectNode()
                .put("id", "chatcmpl-echo").put("object", "chat.completion").put("created", 0).put("model", "up-1")
                .set("choices", JSON.createArrayNode().add(JSON.createObjectNode().put("index", 0).put("finish_reason", "stop")
                        .set("message", JSON.createObjectNode().put("role", "assistant").put("content", echo)))));
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, answer.length);
        exchange.getResponseBody().write(answer);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
