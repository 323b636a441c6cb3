package dev.aegis.plugin.lucene;

import jakarta.validation.Valid;
import java.time.Duration;
import java.util.Optional;

/**
 * Configuration of the {@code lucene} vector store; every key is optional.
 *
 * @param directory where the index lives: relative to the store's data directory, or absolute; the data
 *     directory itself by default
 * @param commitInterval {@code 0s} (the default) commits the index on every write call, so a write that
 *     returned survives a crash; a positive interval commits at most that often instead (writes are
 *     still visible to searches at once, but a crash loses those of the last interval, all of a write
 *     call or none of it). In shared mode nothing is lost either way: the index catches up from PostgreSQL
 * @param shared PostgreSQL as the source of truth for several gateways, each keeping its own index;
 *     absent for an embedded store
 */
public record LuceneStoreConfig(Optional<String> directory, Duration commitInterval, Optional<@Valid SharedConfig> shared) {

    public static final LuceneStoreConfig EMBEDDED = new LuceneStoreConfig(null, null, null);

    public LuceneStoreConfig {
        directory = directory == null ? Optional.empty() : directory;
        commitInterval = commitInterval == null ? Duration.ZERO : commitInterval;
        shared = shared == null ? Optional.empty() : shared;
        if (commitInterval.isNegative()) {
            throw new IllegalArgumentException("commit-interval must not be negative");
        }
    }
}
