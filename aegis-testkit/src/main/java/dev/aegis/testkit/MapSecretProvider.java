package dev.aegis.testkit;

import dev.aegis.api.secret.Secret;
import dev.aegis.api.secret.SecretNotFoundException;
import dev.aegis.api.secret.SecretProvider;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** A {@link SecretProvider} over a fixed map of references to values. Immutable and thread-safe. */
public final class MapSecretProvider implements SecretProvider {

    private final Map<String, String> values;

    public MapSecretProvider(Map<String, String> referenceToValue) {
        this.values = Map.copyOf(referenceToValue);
    }

    /** {@code MapSecretProvider.of("OPENAI_API_KEY", "sk-test", "DB_PASSWORD", "hunter2")}. */
    public static MapSecretProvider of(String... referencesAndValues) {
        if (referencesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("give references and values in pairs");
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < referencesAndValues.length; i += 2) {
            values.put(referencesAndValues[i], referencesAndValues[i + 1]);
        }
        return new MapSecretProvider(values);
    }

    @Override
    public Secret resolve(String reference) {
        String value = values.get(reference);
        if (value == null) {
            throw new SecretNotFoundException("no secret is stored under '" + reference + "'");
        }
        return Secret.of(value);
    }

    public Set<String> references() {
        return values.keySet();
    }

    @Override
    public String toString() {
        return "MapSecretProvider" + values.keySet();
    }
}
