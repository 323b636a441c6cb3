package dev.aegis.client.internal;

import dev.aegis.client.error.AegisException;
import dev.aegis.client.error.StreamException;
import dev.aegis.client.internal.json.JsonException;
import dev.aegis.client.internal.json.JsonReader;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the gateway's error body {@code {"error": {"message", "type", "code", "param"}}} into the
 * exception for its status. A body in another shape (a proxy's HTML page) still gives an exception,
 * with code {@code http_<status>}.
 */
public final class ErrorBodies {

    private ErrorBodies() {}

    public static AegisException exception(int status, String body, Optional<Duration> retryAfter) {
        Fields fields = fields(body).orElse(new Fields("api_error", "http_" + status, "The gateway answered " + status + ".", Optional.empty()));
        return AegisException.of(status, fields.type, fields.code, fields.message, fields.param, body, retryAfter);
    }

    public static StreamException streamError(String data) {
        Fields fields = fields(data).orElse(new Fields("stream_error", "stream_error", "The stream ended with an unreadable error event.", Optional.empty()));
        return new StreamException(fields.type, fields.code, fields.message, fields.param, data);
    }

    private record Fields(String type, String code, String message, Optional<String> param) {}

    private static Optional<Fields> fields(String body) {
        try {
            if (JsonReader.parse(body) instanceof Map<?, ?> document && document.get("error") instanceof Map<?, ?> error) {
                return Optional.of(new Fields(
                        text(error.get("type")).orElse("api_error"),
                        text(error.get("code")).orElse("unknown"),
                        text(error.get("message")).orElse(""),
                        text(error.get("param"))));
            }
        } catch (JsonException notJson) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static Optional<String> text(Object value) {
        return value instanceof String text ? Optional.of(text) : Optional.empty();
    }
}
