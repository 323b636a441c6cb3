package dev.aegis.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.aegis.api.auth.Authenticator;
import dev.aegis.api.auth.Credentials;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The promises of {@link Authenticator}: valid credentials yield a principal; invalid, missing or
 * malformed ones yield empty, and nothing ever throws (a throwing authenticator would turn a 401
 * into a 500).
 */
public abstract class AuthenticatorContractTest {

    /** The authenticator under test; called once per test. */
    protected abstract Authenticator authenticator();

    /** Credentials the authenticator accepts. */
    protected abstract Credentials validCredentials();

    /** Well-formed credentials it must refuse, e.g. a wrong or revoked key. */
    protected abstract List<Credentials> invalidCredentials();

    /** Builds credentials of one header, for {@link #validCredentials()} and {@link #invalidCredentials()}. */
    protected static Credentials header(String name, String value) {
        return new Credentials(Map.of(name, List.of(value)));
    }

    @Test
    void validCredentialsYieldAPrincipal() {
        assertThat(authenticator().authenticate(validCredentials())).isPresent();
    }

    @Test
    void invalidCredentialsYieldNothing() {
        Authenticator authenticator = authenticator();
        for (Credentials credentials : invalidCredentials()) {
            assertThat(authenticator.authenticate(credentials)).as("principal for %s", credentials).isEmpty();
        }
    }

    @Test
    void missingCredentialsYieldNothing() {
        assertThat(authenticator().authenticate(new Credentials(Map.of()))).isEmpty();
    }

    @Test
    void malformedCredentialsYieldNothingAndNeverThrow() {
        Authenticator authenticator = authenticator();
        for (Credentials credentials : malformed()) {
            assertThatCode(() -> assertThat(authenticator.authenticate(credentials)).as("principal for %s", credentials).isEmpty())
                    .as("authenticating %s", credentials)
                    .doesNotThrowAnyException();
        }
    }

    private static List<Credentials> malformed() {
        List<Credentials> malformed = new ArrayList<>();
        for (String value : List.of("", " ", "Bearer", "Bearer ", "Bearer  \t ", "bearer x y z", "Basic Zm9vOmJhcg==", "Basic",
                "Bearer " + "x".repeat(16_384), "Bearer \u0000\uFFFF\uD800", "Bearer ünïcödé-🔑", "Digest username=\"a\"")) {
            malformed.add(header("authorization", value));
            malformed.add(header("x-api-key", value));
        }
        malformed.add(new Credentials(Map.of("authorization", List.of())));
        malformed.add(new Credentials(Map.of("authorization", List.of("Bearer a", "Bearer b"))));
        malformed.add(header("cookie", "session=; token=\"\""));
        return malformed;
    }
}
