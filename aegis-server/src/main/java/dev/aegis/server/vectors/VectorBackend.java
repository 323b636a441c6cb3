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
     * The backend, or empty when no vector store or no embedder is configured (the endpoints then answer
     * {@code vector_stores_not_configured}).
     *
     * @throws ConfigException when a named entry does not exist, or several exist and none is named
     */
    public static Optional<VectorBackend> resolve(Assembly assembly, VectorStoreApiConfig config) {
        Optional<Map.Entry<String, VectorStoreProvider>> store = pick(assembly.vectorStores(), config.store(), "store", "vector-stores");
        Optional<Map.Entry<String, EmbeddingProvider>> embedder = pick(assembly.embeddings(), config.embedder(), "embedder", "embeddings");
        if (store.isEmpty() || embedder.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new VectorBackend(store.get().getKey(), store.get().getValue(), embedder.get().getKey(), embedder.get().getValue()));
    }

    private static <T> Optional<Map.Entry<String, T>> pick(Map<String, T> configured, Optional<String> named, String key, String section) {
        String path = VectorStoreApiConfig.SECTION + "." + key;
        if (named.isPresent()) {
            T found = configured.get(named.get());
            if (found == null) {
                throw ConfigException.of(path, "no '" + section + "' entry is named '" + named.get() + "'; configured: " + configured.keySet());
            }
            return Optional.of(Map.entry(named.get(), found));
        }
        if (configured.size() > 1) {
            throw ConfigException.of(path, "several '" + section + "' entries are configured " + configured.keySet() + "; name the one to use");
        }
        return configured.entrySet().stream().findFirst().map(entry -> Map.entry(entry.getKey(), entry.getValue()));
    }
}
