package dev.aegis.api.secret;

import static java.util.Objects.requireNonNull;

import dev.aegis.api.API;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * A resolved secret. It never prints itself: {@link #toString()} is redacted, so a secret that
 * slips into a log line, an error or an audit record shows as {@code ******}.
 */
@API(status = API.Status.STABLE)
public final class Secret {

    private static final String REDACTED = "******";

    private final String value;

    private Secret(String value) {
        this.value = requireNonNull(value, "value");
    }

    public static Secret of(String value) {
        return new Secret(value);
    }

    /** The clear value; use it only where it leaves the process for its purpose (a header, a connection). */
    public String reveal() {
        return value;
    }

    /** Constant-time comparison with a clear candidate. */
    public boolean matches(String candidate) {
        return MessageDigest.isEqual(value.getBytes(StandardCharsets.UTF_8), candidate.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Secret secret && MessageDigest.isEqual(
                value.getBytes(StandardCharsets.UTF_8), secret.value.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public int hashCode() {
        return 0;
    }

    @Override
    public String toString() {
        return REDACTED;
    }
}
