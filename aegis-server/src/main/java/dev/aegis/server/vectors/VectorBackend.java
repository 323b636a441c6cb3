package dev.aegis.server.vectors;

import dev.aegis.api.vector.EmbeddingProvider;
import dev.aegis.api.vector.VectorStoreProvider;
import dev.aegis.kernel.Assembly;
import dev.aegis.kernel.config.ConfigException;
import dev.aegis.server.VectorStoreApiConfig;
import java.util.Map;
import java.util.Optional;

/**
 * The vector store and the embedder the API works with, as {@code vector-store-api} names them (or the only
 * ones configured).
 *
 * @param storeName the {@code vector-stores} entry
 * @param embedderName the {@code embeddings} entry
 */
public record VectorBackend(String storeName, VectorStoreProvider store, String embedderName, EmbeddingProvider embedder) {

    /**
     * The backend, or empty when the API has no vector store or embedder to use: none configured, or several and
     * none named in {@code vector-store-api} (the endpoints then answer {@code vector_stores_not_configured} with
     * {@link #unavailable}; an optional second embedder, such as a remote one switched on by an API key, must not
     * stop the gateway from starting).
     *
     * @throws ConfigException when {@code vector-store-api} names an entry that does not exist
     */
    public static Optional<VectorBackend> resolve(Assembly assembly, VectorStoreApiConfig config) {
        Optional<Map.Entry<String, VectorStoreProvider>> store = pick(assembly.vectorStores(), config.store(), "store", "vector-stores");
        Optional<Map.Entry<String, EmbeddingProvider>> embedder = pick(assembly.embeddings(), config.embedder(), "embedder", "embeddings");
        if (store.isEmpty() || embedder.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new VectorBackend(store.get().getKey(), store.get().getValue(), embedder.get().getKey(), embedder.get().getValue()));
    }

    /** Why {@link #resolve} found no backend, for the error the endpoints answer. */
    public static String unavailable(Assembly assembly, VectorStoreApiConfig config) {
        String stores = why(assembly.vectorStores().keySet(), config.store(), "vector-stores", "store");
        String embedders = why(assembly.embeddings().keySet(), config.embedder(), "embeddings", "embedder");
        return "This gateway has no vector store API: " + String.join("; ", java.util.stream.Stream.of(stores, embedders)
                .filter(reason -> !reason.isEmpty()).toList()) + ".";
    }

    private static String why(java.util.Set<String> configured, Optional<String> named, String section, String key) {
        if (named.isPresent() || configured.size() == 1) {
            return "";
        }
        return configured.isEmpty() ? "configure a '" + section + "' entry"
                : "several '" + section + "' entries are configured " + configured + ": name one as 'vector-store-api." + key + "'";
    }

    private static <T> Optional<Map.Entry<String, T>> pick(Map<String, T> configured, Optional<String> named, String key, String section) {
        if (named.isPresent()) {
            T found = configured.get(named.get());
            if (found == null) {
                throw ConfigException.of(VectorStoreApiConfig.SECTION + "." + key,
                        "no '" + section + "' entry is named '" + named.get() + "'; configured: " + configured.keySet());
            }
            return Optional.of(Map.entry(named.get(), found));
        }
        if (configured.size() != 1) {
            return Optional.empty();
        }
        return configured.entrySet().stream().findFirst().map(entry -> Map.entry(entry.getKey(), entry.getValue()));
    }
}
