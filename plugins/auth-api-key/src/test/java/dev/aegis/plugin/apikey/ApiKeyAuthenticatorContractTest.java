package dev.aegis.plugin.apikey;

import dev.aegis.api.auth.Authenticator;
import dev.aegis.api.auth.Credentials;
import dev.aegis.testkit.AuthenticatorContractTest;
import java.util.List;

class ApiKeyAuthenticatorContractTest extends AuthenticatorContractTest {

    @Override
    protected Authenticator authenticator() {
        return ApiKeyAuthenticatorTest.create("");
    }

    @Override
    protected Credentials validCredentials() {
        return header("Authorization", "Bearer aegis-alice-0123456789");
    }

    @Override
    protected List<Credentials> invalidCredentials() {
        return List.of(header("authorization", "Bearer aegis-alice-012345678"), header("x-api-key", "aegis-revoked-key"),
                header("x-api-key", "Bearer aegis-alice-0123456789"));
    }
}
