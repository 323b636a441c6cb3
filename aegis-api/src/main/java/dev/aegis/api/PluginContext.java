package dev.aegis.api;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What a factory may know about the place its instance is created in. */
@API(status = API.Status.STABLE)
public interface PluginContext {

    /** The configuration entry's name (a provider's key, a guard's type, …). */
    String instanceName();

    /** Free-form labels the operator put on the entry, e.g. a provider's {@code region}. */
    Map<String, String> labels();

    /** A directory the instance may keep files in (embedded stores). Created on demand. */
    Path dataDirectory();

    Clock clock();

    /**
     * Another configured instance this one may use, by the contract it implements and the name of its
     * configuration entry: e.g. {@code lookup(EmbeddingProvider.class, "minilm")} for the embedder a
     * guard's config names. Embedders are created first, then vector stores, then providers, then
     * everything else, so each finds the kinds created before it; anything else is empty.
     */
    default <T> Optional<T> lookup(Class<T> contract, String name) {
        return Optional.empty();
    }

    /** The names of the configured instances of {@code contract} this one may look up, in configuration order. */
    default List<String> names(Class<?> contract) {
        return List.of();
    }
}
