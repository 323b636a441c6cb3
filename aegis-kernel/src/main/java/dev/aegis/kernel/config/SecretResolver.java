package dev.aegis.kernel.config;

import dev.aegis.api.secret.Secret;

/** Resolves a full secret reference such as {@code env:UPSTREAM_API_KEY}. */
@FunctionalInterface
public interface SecretResolver {

    /**
     * @throws dev.aegis.api.AegisException with a message naming the reference (never a value) when it cannot be resolved
     */
    Secret resolve(String reference);

    static SecretResolver none() {
        return reference -> {
            throw new dev.aegis.api.AegisException("secret_unresolved", "no secret provider is available to resolve '" + reference + "'");
        };
    }
}
