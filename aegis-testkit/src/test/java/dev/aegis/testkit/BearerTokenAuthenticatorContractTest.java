package dev.aegis.testkit;

import dev.aegis.api.auth.Authenticator;
import dev.aegis.api.auth.Credentials;
import dev.aegis.api.auth.Principal;
import dev.aegis.api.secret.Secret;
import java.util.List;

/** A minimal well-behaved authenticator passes the contract test, so the test asks nothing unreasonable. */
class BearerTokenAuthenticatorContractTest extends AuthenticatorContractTest {

    private static final Secret TOKEN = Secret.of("team-token-1");

    @Override
    protected Authenticator authenticator() {
        return credentials -> credentials.bearerToken().filter(TOKEN::matches).map(token -> Principal.of("alice", "payments"));
    }

    @Override
    protected Credentials validCredentials() {
        return header("Authorization", "Bearer team-token-1");
    }

    @Override
    protected List<Credentials> invalidCredentials() {
        return List.of(header("authorization", "Bearer team-token-2"), header("authorization", "Bearer team-token-1x"));
    }
}
