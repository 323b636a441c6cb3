package dev.aegis.runtime.store;

import dev.aegis.api.secret.Secret;
import jakarta.validation.constraints.Positive;
import java.util.Optional;

/**
 * The {@code state} section of {@code aegis.yaml}: where paused runs, checkpoints, approvals and the
 * audit log live. SQLite in the data directory by default (one instance, zero set-up); PostgreSQL
 * when several gateway instances share state.
 *
 * @param type {@code sqlite} or {@code postgres}
 * @param path the SQLite file; {@code <data-dir>/aegis.db} by default
 * @param jdbcUrl for PostgreSQL, e.g. {@code jdbc:postgresql://127.0.0.1:5432/aegis}
 * @param encryptionKey encrypts confidential state (the mask map) in checkpoints; a key file in the
 *     data directory is made when absent (fine for one instance — give every instance the same key)
 * @param sqliteSync when a SQLite commit is on disk: {@code full} (default) syncs every commit, so a
 *     committed audit record or checkpoint survives a power cut; {@code normal} syncs at checkpoints
 *     only (SQLite's WAL mode stays consistent, and a killed process loses nothing, but a power cut or
 *     OS crash may undo the last commits) — the fsync is most of a lone request's audit latency
 */
public record StoreConfig(
        Type type,
        Optional<String> path,
        Optional<String> jdbcUrl,
        Optional<String> user,
        Optional<Secret> password,
        @Positive Integer maxConnections,
        Optional<Secret> encryptionKey,
        SqliteSync sqliteSync) {

    public static final StoreConfig DEFAULTS = new StoreConfig(null, null, null, null, null, null, null, null);

    public StoreConfig {
        type = type == null ? Type.SQLITE : type;
        path = path == null ? Optional.empty() : path;
        jdbcUrl = jdbcUrl == null ? Optional.empty() : jdbcUrl;
        user = user == null ? Optional.empty() : user;
        password = password == null ? Optional.empty() : password;
        maxConnections = maxConnections == null ? 16 : maxConnections;
        encryptionKey = encryptionKey == null ? Optional.empty() : encryptionKey;
        sqliteSync = sqliteSync == null ? SqliteSync.FULL : sqliteSync;
        if (type == Type.POSTGRES && jdbcUrl.isEmpty()) {
            throw new IllegalArgumentException("a postgres state store needs jdbc-url");
        }
    }

    public enum Type {
        SQLITE,
        POSTGRES
    }

    public enum SqliteSync {
        FULL,
        NORMAL
    }
}
