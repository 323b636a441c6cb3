package dev.aegis.pack.budgets;

import dev.aegis.api.secret.Secret;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import java.time.Duration;
import java.util.Optional;

/**
 * Where counters and the ledger live.
 *
 * @param type {@code sqlite} (default), {@code postgres} or {@code redis}
 * @param path the SQLite file, relative to the plugin's data directory; {@code budgets.db}
 * @param jdbcUrl for {@code postgres}, e.g. {@code jdbc:postgresql://db:5432/aegis}
 * @param url for {@code redis}, e.g. {@code redis://cache:6379/0}; credentials go in user/password
 * @param user for {@code postgres} and {@code redis}
 * @param password a secret reference, for {@code postgres} and {@code redis}
 * @param poolSize connections to PostgreSQL or Redis; 8 by default
 * @param keyPrefix for {@code redis}: every key is {@code {prefix}:…}, one hash slot; {@code aegis-budgets}
 * @param ledgerRetention for {@code redis}: how long ended ledger rows and past spend counters are
 *     kept; 35 days, longer than any month
 */
public record StoreConfig(
        Type type,
        String path,
        Optional<String> jdbcUrl,
        Optional<String> url,
        Optional<String> user,
        Optional<Secret> password,
        @Positive Integer poolSize,
        @NotBlank String keyPrefix,
        Duration ledgerRetention) {

    public static final StoreConfig SQLITE = new StoreConfig(null, null, null, null, null, null, null, null, null);

    public StoreConfig {
        type = type == null ? Type.SQLITE : type;
        path = path == null ? "budgets.db" : path;
        jdbcUrl = jdbcUrl == null ? Optional.empty() : jdbcUrl;
        url = url == null ? Optional.empty() : url;
        user = user == null ? Optional.empty() : user;
        password = password == null ? Optional.empty() : password;
        poolSize = poolSize == null ? 8 : poolSize;
        keyPrefix = keyPrefix == null ? "aegis-budgets" : keyPrefix;
        ledgerRetention = ledgerRetention == null ? Duration.ofDays(35) : ledgerRetention;
        if (type == Type.POSTGRES && jdbcUrl.isEmpty()) {
            throw new IllegalArgumentException("store.jdbc-url is required when store.type is postgres");
        }
        if (type == Type.REDIS && url.isEmpty()) {
            throw new IllegalArgumentException("store.url is required when store.type is redis");
        }
    }

    public enum Type {
        SQLITE,
        POSTGRES,
        REDIS
    }
}
