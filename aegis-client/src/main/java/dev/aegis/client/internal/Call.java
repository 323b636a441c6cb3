package dev.aegis.client.internal;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One request to the gateway: method, path under the base URL, query, body. {@code idempotent}
 * allows retrying it after a broken connection; {@code extraTime} lengthens the timeout for a
 * long-poll that is meant to take that long.
 */
public record Call(String method, String path, Map<String, String> query, Optional<Body> body, boolean idempotent, Duration extraTime) {

    public record Body(String contentType, byte[] bytes) {}

    public static Call get(String path) {
        return new Call("GET", path, Map.of(), Optional.empty(), true, Duration.ZERO);
    }

    public static Call post(String path, String json) {
        return new Call("POST", path, Map.of(), Optional.of(new Body("application/json", json.getBytes(StandardCharsets.UTF_8))), false, Duration.ZERO);
    }

    public static Call delete(String path) {
        return new Call("DELETE", path, Map.of(), Optional.empty(), true, Duration.ZERO);
    }

    public Call withQuery(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(query);
        more.put(name, value);
        return new Call(method, path, more, body, idempotent, extraTime);
    }

    public Call withBody(String contentType, byte[] bytes) {
        return new Call(method, path, query, Optional.of(new Body(contentType, bytes)), idempotent, extraTime);
    }

    public Call withExtraTime(Duration extra) {
        return new Call(method, path, query, body, idempotent, extra);
    }
}
