package dev.aegis.plugin.lucene.internal;

import dev.aegis.api.vector.VectorCollection;
import dev.aegis.api.vector.VectorRecord;
import java.util.HashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;

/** The checks both write paths (local and shared) make before they change anything, so that a refused call changes nothing. */
public final class WriteChecks {

    private WriteChecks() {}

    /** What {@code collection} is stored as: itself when new, else the existing one with its readers and metadata. */
    public static VectorCollection merged(Optional<VectorCollection> existing, VectorCollection collection) {
        if (collection.dimensions() > ChunkIndex.maxDimensions()) {
            throw new IllegalArgumentException("collection '" + collection.name() + "' has " + collection.dimensions()
                    + " dimensions; the lucene store takes at most " + ChunkIndex.maxDimensions());
        }
        if (existing.isEmpty()) {
            return collection;
        }
        VectorCollection stored = existing.get();
        if (stored.dimensions() != collection.dimensions()) {
            throw new IllegalArgumentException("collection '" + collection.name() + "' has " + stored.dimensions() + " dimensions, not "
                    + collection.dimensions());
        }
        return stored.withReaders(collection.readers()).withMetadata(collection.metadata());
    }

    public static VectorCollection existing(Optional<VectorCollection> collection, String name) {
        return collection.orElseThrow(() -> new NoSuchElementException("no collection '" + name + "'"));
    }

    /** Every record fits the collection: its dimensions, a vector cosine can rank, ids unique in the batch. */
    public static void records(VectorCollection collection, List<VectorRecord> records) {
        Set<String> ids = new HashSet<>();
        for (VectorRecord record : records) {
            if (record.vector().length != collection.dimensions()) {
                throw new IllegalArgumentException("record '" + record.id() + "' has " + record.vector().length + " dimensions; collection '"
                        + collection.name() + "' has " + collection.dimensions());
            }
            VectorBytes.checkRankable(record.vector(), "the vector of record '" + record.id() + "'");
            if (!ids.add(record.id())) {
                throw new IllegalArgumentException("record '" + record.id() + "' appears twice in one upsert");
            }
        }
    }
}
