package dev.aegis.api.auth;

import dev.aegis.api.API;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What a request presented: its headers, names lower-cased.
 */
@API(status = API.Status.STABLE)
public record Credentials(Map<String, List<String>> headers) {

    public Credentials {
        headers = headers.entrySet().stream().collect(Collectors.toUnmodifiableMap(
                entry -> entry.getKey().toLowerCase(Locale.ROOT), entry -> List.copyOf(entry.getValue()), (a, b) -> a));
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
