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
 */
public record StoreConfig(
        Type type,
        Optional<String> path,
        Optional<String> jdbcUrl,
        Optional<String> user,
        Optional<Secret> password,
        @Positive Integer maxConnections,
        Optional<Secret> encryptionKey) {

    public static final StoreConfig DEFAULTS = new StoreConfig(null, null, null, null, null, null, null);

    public StoreConfig {
        type = type == null ? Type.SQLITE : type;
        path = path == null ? Optional.empty() : path;
        jdbcUrl = jdbcUrl == null ? Optional.empty() : jdbcUrl;
        user = user == null ? Optional.empty() : user;
        password = password == null ? Optional.empty() : password;
        maxConnections = maxConnections == null ? 16 : maxConnections;
        encryptionKey = encryptionKey == null ? Optional.empty() : encryptionKey;
        if (type == Type.POSTGRES && jdbcUrl.isEmpty()) {
            throw new IllegalArgumentException("a postgres state store needs jdbc-url");
        }
    }

    public enum Type {
        SQLITE,
        POSTGRES
    }
}
