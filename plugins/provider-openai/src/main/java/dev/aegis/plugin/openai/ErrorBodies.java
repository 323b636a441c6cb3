package dev.aegis.plugin.openai;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aegis.api.secret.Secret;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The human message inside an upstream error body, safe to show: truncated, and with anything that
 * looks like a key masked (OpenAI echoes part of a wrong key back). The body itself is never shown.
 */
final class ErrorBodies {

    static final int MAX_LENGTH = 300;

    private static final Pattern KEY_LIKE = Pattern.compile("\\b(sk|pk|rk|gsk|xai|key)[-_][A-Za-z0-9_*\\-]{6,}");

    private ErrorBodies() {}

    /**
     * Reads OpenAI's {@code {"error": {"message": …}}} and the shapes of common compatible servers
     * ({@code {"error": "…"}}, {@code {"message": …}}, {@code {"detail": "…"}}).
     */
    static Optional<String> message(byte[] body, Optional<Secret> apiKey) {
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(body);
        } catch (IOException e) {
            return Optional.empty();
        }
        if (root == null || !root.isObject()) {
            return Optional.empty();
        }
        JsonNode error = root.path("error");
        Optional<String> found = error.isTextual() ? Optional.of(error.asText())
                : Json.text(error, "message")
                        .or(() -> Json.text(root, "message"))
                        .or(() -> root.path("detail").isTextual() ? Optional.of(root.path("detail").asText()) : Optional.empty());
        return found.map(String::strip).filter(text -> !text.isEmpty()).map(text -> safe(text, apiKey));
    }

    static String safe(String text, Optional<Secret> apiKey) {
        String scrubbed = text;
        if (apiKey.isPresent() && !apiKey.get().reveal().isEmpty()) {
            scrubbed = scrubbed.replace(apiKey.get().reveal(), "******");
        }
        scrubbed = KEY_LIKE.matcher(scrubbed).replaceAll("$1-******");
        return scrubbed.length() <= MAX_LENGTH ? scrubbed : scrubbed.substring(0, MAX_LENGTH) + "…";
    }
}
