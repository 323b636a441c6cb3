package dev.aegis.pack.pii.internal.recognize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SecretRecognizersTest {

    private final KnownTokenRecognizer tokens = new KnownTokenRecognizer();
    private final SecretAssignmentRecognizer assignments = new SecretAssignmentRecognizer();
    private final UrlCredentialRecognizer urls = new UrlCredentialRecognizer();

    @ParameterizedTest
    @ValueSource(strings = {"sk-proj-Qw3rTy9UiOp4AsDf5GhJk6LzXc7VbNm8QwErTyUi0", "sk-ant-api03-Hn8TqLz0pWv3YbKcXe1Rs7UaQ2mN9",
        "ghp_A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8", "AKIAIOSFODNN7EXAMPLE", "xoxb-2291847103-5520198374-Hn8TqLz0pWv3Yb",
        "AIzaSyA1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q", "sk_live_4eC39HqLyjWDarjtT1zdp7dc", "glpat-xQ2mN9vB7cL1kJ4hG6fD",
        "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U"})
    void findsTokensByTheirIssuersPrefix(String token) {
        assertThat(Found.in(tokens, "use " + token + " for now")).containsExactly(token);
    }

    @Test
    void findsAPrivateKeyBlockWhole() {
        String key = "-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo\n-----END RSA PRIVATE KEY-----";

        assertThat(Found.in(tokens, "key:\n" + key + "\nthanks")).containsExactly(key);
    }

    @ParameterizedTest
    @ValueSource(strings = {"sk-short", "a skeleton-key", "eyJ alone", "the AKIA prefix", "risk-free"})
    void leavesLookAlikesAlone(String text) {
        assertThat(Found.in(tokens, text)).isEmpty();
    }

    @Test
    void findsRandomValuesGivenToKeysTokensAndPasswords() {
        assertThat(Found.in(assignments, "api_key = \"Zx8Qp2Lm9Vb4Nc7Rt1Yw\"")).containsExactly("Zx8Qp2Lm9Vb4Nc7Rt1Yw");
        assertThat(Found.in(assignments, "{\"access_token\": \"a9F3kL0pQ7zX2mB8vC4n\"}")).containsExactly("a9F3kL0pQ7zX2mB8vC4n");
        assertThat(Found.in(assignments, "my password is Tr0ub4dor&3")).containsExactly("Tr0ub4dor&3");
        assertThat(Found.in(assignments, "Authorization: Bearer abcDEF123456ghiJKL789")).containsExactly("abcDEF123456ghiJKL789");
    }

    @Test
    void leavesPlainWordsAfterTheseKeywordsAlone() {
        assertThat(Found.in(assignments, "token: required, password: password, the key is important, secret = value")).isEmpty();
    }

    @Test
    void takesTheCredentialsOfAUrlButNotTheHost() {
        assertThat(Found.in(urls, "Clone https://deploy:Xk9!pQ2z@gitlab.example/app.git")).containsExactly("deploy:Xk9!pQ2z");
        assertThat(Found.in(urls, "Open https://jane@example.com/profile and mailto:jane@example.com")).isEmpty();
    }
}
