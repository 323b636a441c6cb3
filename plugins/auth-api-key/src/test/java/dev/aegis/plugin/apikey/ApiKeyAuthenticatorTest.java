package dev.aegis.plugin.apikey;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aegis.api.auth.Authenticator;
import dev.aegis.api.auth.Credentials;
import dev.aegis.api.auth.Principal;
import dev.aegis.kernel.config.ConfigBinding;
import dev.aegis.testkit.FakePluginContext;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ApiKeyAuthenticatorTest {

    private static final String ALICE_KEY = "aegis-alice-0123456789";
    private static final String BOT_KEY = "aegis-bot-9876543210";

    private final Authenticator authenticator = create("");

    @Test
    void aBearerTokenYieldsItsPrincipalWithTeamRolesAndAttributes() {
        assertThat(authenticator.authenticate(header("Authorization", "Bearer " + ALICE_KEY)))
                .contains(new Principal("alice", "payments", Set.of("approver"), Map.of("region", "eu")));
    }

    @Test
    void theBearerSchemeIsMatchedIgnoringCase() {
        assertThat(authenticator.authenticate(header("authorization", "bearer " + BOT_KEY))).map(Principal::id).contains("ci-bot");
        assertThat(authenticator.authenticate(header("authorization", "BEARER " + BOT_KEY))).map(Principal::id).contains("ci-bot");
    }

    @Test
    void theXApiKeyHeaderYieldsItsPrincipal() {
        assertThat(authenticator.authenticate(header("X-API-Key", BOT_KEY))).map(Principal::id).contains("ci-bot");
    }

    @Test
    void aWrongKeyYieldsNothing() {
        assertThat(authenticator.authenticate(header("authorization", "Bearer " + ALICE_KEY + "x"))).isEmpty();
        assertThat(authenticator.authenticate(header("x-api-key", ALICE_KEY.substring(1)))).isEmpty();
    }

    @Test
    void aRequestWithoutAKeyHeaderYieldsNothing() {
        assertThat(authenticator.authenticate(new Credentials(Map.of()))).isEmpty();
        assertThat(authenticator.authenticate(header("cookie", "key=" + ALICE_KEY))).isEmpty();
    }

    @Test
    void theHashIsTheOnlyThingConfiguredAndTheKeyItselfIsNotAccepted() {
        assertThat(authenticator.authenticate(header("x-api-key", ApiKeyHasher.hash(ALICE_KEY)))).isEmpty();
    }

    @Test
    void aNonBearerAuthorizationFallsThroughToTheXApiKeyHeader() {
        Credentials credentials = new Credentials(Map.of("authorization", List.of("Basic Zm9vOmJhcg=="), "x-api-key", List.of(ALICE_KEY)));

        assertThat(authenticator.authenticate(credentials)).map(Principal::id).contains("alice");
    }

    @Test
    void onlyTheConfiguredHeadersAreRead() {
        Authenticator customHeaderOnly = create("header: [x-gateway-key]");

        assertThat(customHeaderOnly.authenticate(header("x-gateway-key", ALICE_KEY))).map(Principal::id).contains("alice");
        assertThat(customHeaderOnly.authenticate(header("authorization", "Bearer " + ALICE_KEY))).isEmpty();
        assertThat(customHeaderOnly.authenticate(header("x-api-key", ALICE_KEY))).isEmpty();
    }

    @Test
    void itsDescriptionNeverNamesAKeyOrHash() {
        assertThat(authenticator.toString()).doesNotContain(ALICE_KEY, ApiKeyHasher.hash(ALICE_KEY).substring(7));
    }

    static Authenticator create(String extraYaml) {
        String yaml = """
                keys:
                  - {hash: '%s', principal: alice, team: payments, roles: [approver], attributes: {region: eu}}
                  - {hash: '%s', principal: ci-bot}
                %s
                """.formatted(ApiKeyHasher.hash(ALICE_KEY), ApiKeyHasher.hash(BOT_KEY), extraYaml);
        return new ApiKeyAuthenticatorFactory().create(ConfigBinding.bindYaml(ApiKeyConfig.class, yaml), FakePluginContext.create());
    }

    private static Credentials header(String name, String value) {
        return new Credentials(Map.of(name, List.of(value)));
    }
}
