package dev.aegis.plugin.lucene;

import dev.aegis.api.secret.Secret;
import jakarta.validation.constraints.NotBlank;
import java.time.Duration;
import java.util.Optional;

/**
 * The PostgreSQL database several gateways share a vector store through. Its tables ({@code aegis_vector_*})
 * are created on first use in the connection's current schema (e.g. {@code ?currentSchema=rag} in the URL).
 *
 * @param jdbcUrl e.g. {@code jdbc:postgresql://db:5432/aegis}
 * @param user the database user
 * @param password a secret reference, e.g. {@code {secret: "env:PGPASSWORD"}}
 * @param pollInterval how often the other gateways' changes are looked for; 1s by default
 */
public record SharedConfig(@NotBlank String jdbcUrl, Optional<String> user, Optional<Secret> password, Duration pollInterval) {

    public SharedConfig {
        user = user == null ? Optional.empty() : user;
        password = password == null ? Optional.empty() : password;
        pollInterval = pollInterval == null ? Duration.ofSeconds(1) : pollInterval;
        if (pollInterval.isNegative() || pollInterval.isZero()) {
            throw new IllegalArgumentException("shared.poll-interval must be positive");
        }
    }
}
