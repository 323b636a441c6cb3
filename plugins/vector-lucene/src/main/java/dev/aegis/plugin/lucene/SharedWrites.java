package dev.aegis.plugin.lucene;

import dev.aegis.api.vector.VectorCollection;
import dev.aegis.api.vector.VectorRecord;
import dev.aegis.plugin.lucene.internal.ChunkIndex;
import dev.aegis.plugin.lucene.internal.Periodic;
import dev.aegis.plugin.lucene.shared.ChangeLog;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The shared store's writes: each goes to PostgreSQL in one transaction first, then this gateway catches
 * its index up with the change log (its own write included) before the call returns. A virtual thread
 * catches up every poll interval with what other gateways wrote. The sequence number applied is
 * committed with the index, so a restart resumes where it was; an index that never was in step (or
 * is ahead of the database, which was reset) is rebuilt from PostgreSQL.
 */
final class SharedWrites implements StoreWrites {

    private static final int BATCH = 500;

    private final ChunkIndex index;
    private final ChangeLog log;
    private final Duration commitInterval;
    private final Periodic poller;
    private long lastCommit = System.nanoTime();

    private SharedWrites(ChunkIndex index, ChangeLog log, SharedConfig config, Duration commitInterval) {
        this.index = index;
        this.log = log;
        this.commitInterval = commitInterval;
        if (index.lastApplied() < 0 || index.lastApplied() > log.lastSequence()) {
            rebuild();
        }
        catchUp();
        this.poller = Periodic.start("catching up with the shared database", config.pollInterval(), this::catchUp);
    }

    static SharedWrites start(ChunkIndex index, SharedConfig config, Duration commitInterval) {
        ChangeLog log = new ChangeLog(config);
        try {
            return new SharedWrites(index, log, config, commitInterval);
        } catch (RuntimeException e) {
            log.close();
            throw e;
        }
    }

    @Override
    public VectorCollection putCollection(VectorCollection collection) {
        VectorCollection stored = log.putCollection(collection);
        catchUp();
        return stored;
    }

    @Override
    public boolean dropCollection(String name) {
        boolean dropped = log.dropCollection(name);
        catchUp();
        return dropped;
    }

    @Override
    public void upsert(String collection, List<VectorRecord> records) {
        log.upsert(collection, records);
        catchUp();
    }

    @Override
    public void delete(String collection, List<String> ids) {
        log.delete(collection, ids);
        catchUp();
    }

    @Override
    public long deleteWhere(String collection, Map<String, String> filter) {
        long deleted = log.deleteWhere(collection, filter);
        catchUp();
        return deleted;
    }

    /** Applies every change after the one applied last; returns when the index has the log's latest. */
    void catchUp() {
        ReentrantLock lock = index.writeLock();
        lock.lock();
        try {
            boolean changed = false;
            for (ChangeLog.Changes changes = log.changesAfter(index.lastApplied(), BATCH); !changes.isEmpty();
                    changes = log.changesAfter(index.lastApplied(), BATCH)) {
                apply(changes);
                index.lastApplied(changes.last());
                changed = true;
            }
            if (changed) {
                if (commitInterval.isZero() || System.nanoTime() - lastCommit >= commitInterval.toNanos()) {
                    index.commit();
                    lastCommit = System.nanoTime();
                }
                index.publish();
            }
        } finally {
            lock.unlock();
        }
    }

    private void apply(ChangeLog.Changes changes) {
        changes.collections().forEach((name, current) -> {
            Optional<VectorCollection> local = index.collection(name);
            if (current.isEmpty()) {
                index.drop(name);
                return;
            }
            VectorCollection definition = current.get();
            boolean recreated = local.isPresent() && (local.get().dimensions() != definition.dimensions()
                    || !local.get().createdAt().equals(definition.createdAt()));
            if (recreated) {
                index.drop(name);
            }
            if (recreated || !local.equals(current)) {
                index.define(definition);
            }
        });
        changes.upserts().forEach((name, records) -> index.collection(name).ifPresent(collection -> index.upsert(collection, records)));
        changes.deletes().forEach((name, ids) -> {
            if (!ids.isEmpty()) {
                index.delete(name, ids);
            }
        });
    }

    private void rebuild() {
        ReentrantLock lock = index.writeLock();
        lock.lock();
        try {
            index.clear();
            long last = log.snapshot(index::define, (name, records) -> index.collection(name).ifPresent(c -> index.upsert(c, records)), BATCH);
            index.lastApplied(last);
            index.commit();
            index.publish();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void close() {
        try {
            poller.close();
        } finally {
            log.close();
        }
    }
}
