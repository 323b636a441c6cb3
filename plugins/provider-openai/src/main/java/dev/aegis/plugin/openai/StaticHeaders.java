package dev.aegis.plugin.openai;

import dev.aegis.api.secret.Secret;
import io.helidon.http.Header;
import io.helidon.http.HeaderNames;
import io.helidon.http.HeaderValues;
import java.util.ArrayList;
import java.util.List;

/** The headers every call to one upstream carries. */
final class StaticHeaders {

    private StaticHeaders() {}

    /** The configured headers, the organization and the key, in the header the config names. */
    static List<Header> of(OpenAiConfig config) {
        List<Header> all = new ArrayList<>();
        config.headers().forEach((name, value) -> all.add(HeaderValues.create(name, value)));
        config.organization().ifPresent(organization -> all.add(HeaderValues.create("OpenAI-Organization", organization)));
        config.apiKey().map(Secret::reveal).filter(key -> !key.isEmpty()).ifPresent(key -> {
            requireHeaderSafe(key);
            // sensitive: Helidon masks it should its wire log ever be switched on
            all.add(switch (config.authHeader()) {
                case AUTHORIZATION -> HeaderValues.create(HeaderNames.AUTHORIZATION, false, true, "Bearer " + key);
                case API_KEY -> HeaderValues.create(HeaderNames.create("api-key"), false, true, key);
            });
        });
        return List.copyOf(all);
    }

    private static void requireHeaderSafe(String key) {
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c < 0x21 || c > 0x7e) {
                // never echo the key itself
                throw new IllegalArgumentException("api-key contains a character that cannot be sent in an HTTP header (whitespace or non-ASCII)");
            }
        }
    }
}
