package dev.aegis.api.auth;

import dev.aegis.api.API;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What a request presented: its headers, names lower-cased.
 */
@API(status = API.Status.STABLE)
public record Credentials(Map<String, List<String>> headers) {

    public Credentials {
        // A loop, not a stream: this runs on every request.
        Map<String, List<String>> lowerCased = HashMap.newHashMap(headers.size());
        for (Map.Entry<String, List<String>> header : headers.entrySet()) {
            lowerCased.putIfAbsent(header.getKey().toLowerCase(Locale.ROOT), List.copyOf(header.getValue()));
        }
        headers = Collections.unmodifiableMap(lowerCased);
    }

    public Optional<String> header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.getFirst());
    }

    /** The token of an {@code Authorization: Bearer …} header. */
    public Optional<String> bearerToken() {
        return header("authorization")
                .filter(value -> value.regionMatches(true, 0, "Bearer ", 0, 7))
                .map(value -> value.substring(7).trim())
                .filter(token -> !token.isEmpty());
    }

    @Override
    public String toString() {
        return "Credentials" + headers.keySet();
    }
}
