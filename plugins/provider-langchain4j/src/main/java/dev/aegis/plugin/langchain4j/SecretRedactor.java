package dev.aegis.plugin.langchain4j;

import dev.aegis.api.secret.Secret;
import java.util.List;
import java.util.Optional;

/**
 * Keeps a provider's credentials out of error messages: upstream bodies and library messages are
 * not ours to trust, so any text we pass on is scrubbed of every secret the provider holds.
 */
final class SecretRedactor {

    private static final String REDACTED = "******";

    private final List<String> values;

    private SecretRedactor(List<String> values) {
        this.values = values;
    }

    static SecretRedactor of(List<Optional<Secret>> secrets) {
        return new SecretRedactor(secrets.stream().flatMap(Optional::stream).map(Secret::reveal).filter(value -> !value.isEmpty()).toList());
    }

    String redact(String text) {
        String redacted = text;
        for (String value : values) {
            redacted = redacted.replace(value, REDACTED);
        }
        return redacted;
    }

    /** Whether any message in the cause chain holds a secret. */
    boolean leaks(Throwable error) {
        for (Throwable at : Causes.of(error)) {
            String message = at.toString();
            if (values.stream().anyMatch(message::contains)) {
                return true;
            }
        }
        return false;
    }
}
