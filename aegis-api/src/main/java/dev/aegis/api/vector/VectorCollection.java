package dev.aegis.api.vector;

import static java.util.Objects.requireNonNull;

import dev.aegis.api.API;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * A named set of records searched together, and who may read it. Every record of the collection
 * carries its readers, and a store filters on them inside the query (see {@link VectorQuery#readers()}):
 * a reader outside the set can never get a record of it back, nor learn that one matched.
 *
 * @param name the collection's key, unique in its store: lower-case letters, digits, '-' and '_'
 * @param dimensions the length of every vector in it
 * @param readers the access tokens that may read it (see {@link Readers}); never empty
 * @param metadata free-form, e.g. the display name, the embedder that made the vectors
 */
@API(status = API.Status.EXPERIMENTAL)
public record VectorCollection(String name, int dimensions, Set<String> readers, Map<String, String> metadata, Instant createdAt) {

    public VectorCollection {
        requireNonNull(name, "name");
        readers = Set.copyOf(readers);
        metadata = Map.copyOf(metadata);
        requireNonNull(createdAt, "createdAt");
        if (!name.matches("[a-z0-9][a-z0-9_-]{0,127}")) {
            throw new IllegalArgumentException("collection names are 1-128 lower-case letters, digits, '-' and '_': " + name);
        }
        if (dimensions < 1) {
            throw new IllegalArgumentException("a collection's vectors have at least one dimension");
        }
        if (readers.isEmpty()) {
            throw new IllegalArgumentException("a collection needs at least one reader");
        }
        readers.forEach(Readers::check);
    }

    public VectorCollection withReaders(Set<String> newReaders) {
        return new VectorCollection(name, dimensions, newReaders, metadata, createdAt);
    }

    public VectorCollection withMetadata(Map<String, String> newMetadata) {
        return new VectorCollection(name, dimensions, readers, newMetadata, createdAt);
    }
}
