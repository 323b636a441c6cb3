package dev.aegis.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.aegis.api.secret.Secret;
import dev.aegis.api.secret.SecretNotFoundException;
import dev.aegis.api.secret.SecretProvider;
import org.junit.jupiter.api.Test;

/**
 * The promises of {@link SecretProvider}: known references resolve, unknown ones fail by name, and
 * no secret value ever shows in an exception or a {@code toString()}.
 */
public abstract class SecretProviderContractTest {

    /** The provider under test; called once per test. */
    protected abstract SecretProvider provider();

    /** A reference the provider resolves. */
    protected abstract String knownReference();

    /** The value {@link #knownReference()} resolves to; pick one that does not occur in any reference. */
    protected abstract String knownValue();

    /** A reference that names no secret. */
    protected String unknownReference() {
        return "aegis-testkit-no-such-secret";
    }

    @Test
    void knownReferenceResolvesToItsValue() {
        Secret secret = provider().resolve(knownReference());

        assertThat(secret).isNotNull();
        assertThat(secret.reveal()).isEqualTo(knownValue());
    }

    @Test
    void unknownReferenceThrowsSecretNotFoundNamingTheReference() {
        Throwable thrown = catchThrowable(() -> provider().resolve(unknownReference()));

        assertThat(thrown).isInstanceOf(SecretNotFoundException.class).hasMessageContaining(unknownReference());
    }

    @Test
    void notFoundErrorsHoldNoSecretValue() {
        SecretProvider provider = provider();
        provider.resolve(knownReference());

        Throwable thrown = catchThrowable(() -> provider.resolve(unknownReference()));

        assertThat(thrown).isInstanceOf(SecretNotFoundException.class);
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            assertThat(String.valueOf(cause.getMessage())).as("message of %s", cause.getClass().getName()).doesNotContain(knownValue());
        }
    }

    @Test
    void resolvedSecretsPrintRedacted() {
        Secret secret = provider().resolve(knownReference());

        assertThat(secret.toString()).doesNotContain(knownValue());
    }

    @Test
    void theProviderPrintsNoSecretValue() {
        SecretProvider provider = provider();
        provider.resolve(knownReference());

        assertThat(provider.toString()).doesNotContain(knownValue());
    }
}
