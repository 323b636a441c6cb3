package dev.aegis.plugin.lucene;

import dev.aegis.api.vector.VectorCollection;
import dev.aegis.api.vector.VectorRecord;
import dev.aegis.plugin.lucene.internal.ChunkIndex;
import dev.aegis.plugin.lucene.internal.Periodic;
import dev.aegis.plugin.lucene.internal.WriteChecks;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * The embedded store's writes: checked first, then applied to the index under its write lock, made
 * visible, and committed — at once, or by a background committer every {@code commitInterval}. A
 * commit never splits a write call, so after a crash each call is in the index entirely or not at all.
 */
final class LocalWrites implements StoreWrites {

    private final ChunkIndex index;
    private final Periodic committer;

    LocalWrites(ChunkIndex index, Duration commitInterval) {
        this.index = index;
        this.committer = commitInterval.isZero() ? null : Periodic.start("background commit", commitInterval, this::commitIfChanged);
    }

    @Override
    public VectorCollection putCollection(VectorCollection collection) {
        return write(() -> {
            VectorCollection stored = WriteChecks.merged(index.collection(collection.name()), collection);
            index.define(stored);
            return stored;
        });
    }

    @Override
    public boolean dropCollection(String name) {
        return write(() -> index.drop(name));
    }

    @Override
    public void upsert(String collection, List<VectorRecord> records) {
        write(() -> {
            VectorCollection target = WriteChecks.existing(index.collection(collection), collection);
            WriteChecks.records(target, records);
            index.upsert(target, records);
            return null;
        });
    }

    @Override
    public void delete(String collection, List<String> ids) {
        write(() -> {
            index.delete(collection, ids);
            return null;
        });
    }

    @Override
    public long deleteWhere(String collection, Map<String, String> filter) {
        return write(() -> index.deleteWhere(collection, filter));
    }

    private <T> T write(Supplier<T> change) {
        ReentrantLock lock = index.writeLock();
        lock.lock();
        try {
            T result = change.get();
            if (committer == null) {
                index.commit();
            }
            index.publish();
            return result;
        } finally {
            lock.unlock();
        }
    }

    private void commitIfChanged() {
        ReentrantLock lock = index.writeLock();
        lock.lock();
        try {
            if (index.hasUncommittedChanges()) {
                index.commit();
            }
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void close() {
        if (committer != null) {
            committer.close();
        }
    }
}
