package dev.aegis.plugin.openai;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** What the fake upstream received. */
record RecordedRequest(String method, String path, String query, Headers headers, String body, int clientPort) {

    static RecordedRequest of(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        return new RecordedRequest(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                Optional.ofNullable(exchange.getRequestURI().getRawQuery()).orElse(""),
                exchange.getRequestHeaders(), body, exchange.getRemoteAddress().getPort());
    }

    Optional<String> header(String name) {
        return Optional.ofNullable(headers.getFirst(name));
    }

    JsonNode json() {
        return TestJson.parse(body);
    }

    boolean streams() {
        return json().path("stream").asBoolean(false);
    }
}
