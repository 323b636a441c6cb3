package dev.aegis.kernel.plan;

import static java.util.Objects.requireNonNull;

import dev.aegis.api.vector.EmbeddingProvider;

/** A configured embedder a route may call, by its entry's name. */
public record EmbedderBinding(String name, EmbeddingProvider embedder) {

    public EmbedderBinding {
        requireNonNull(name, "name");
        requireNonNull(embedder, "embedder");
    }
}
