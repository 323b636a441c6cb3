package dev.aegis.server;

import dev.aegis.api.secret.Secret;
import java.util.Optional;

/**
 * The {@code privacy} section of {@code aegis.yaml}: how request fields that identify people are
 * treated before they reach a provider.
 *
 * @param userIdKey the HMAC key with which end-user ids ({@code user}, {@code safety_identifier},
 *     {@code prompt_cache_key}) are replaced by a keyed hash; without one a random key per process, so
 *     the hashes differ across restarts and instances. A secret reference, never a literal.
 */
public record PrivacyConfig(Optional<Secret> userIdKey) {

    /** The section's name in {@code aegis.yaml}. */
    public static final String SECTION = "privacy";

    public static final PrivacyConfig DEFAULTS = new PrivacyConfig(null);

    public PrivacyConfig {
        userIdKey = userIdKey == null ? Optional.empty() : userIdKey;
    }
}
