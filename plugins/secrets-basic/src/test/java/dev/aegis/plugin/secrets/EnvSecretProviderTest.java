package dev.aegis.plugin.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aegis.api.secret.SecretNotFoundException;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EnvSecretProviderTest {

    private final EnvSecretProvider provider = new EnvSecretProvider(
            name -> Optional.ofNullable(Map.of("OPENAI_API_KEY", "sk-live-42", "EMPTY", "").get(name)));

    @Test
    void readsTheVariableNamedByTheReference() {
        assertThat(provider.resolve("OPENAI_API_KEY").reveal()).isEqualTo("sk-live-42");
    }

    @Test
    void anUnsetVariableIsNotFoundAndNamed() {
        assertThatThrownBy(() -> provider.resolve("MISSING_KEY"))
                .isInstanceOf(SecretNotFoundException.class)
                .hasMessageContaining("MISSING_KEY");
    }

    @Test
    void anEmptyVariableIsNotFound() {
        assertThatThrownBy(() -> provider.resolve("EMPTY")).isInstanceOf(SecretNotFoundException.class).hasMessageContaining("EMPTY");
    }

    @Test
    void aBlankReferenceIsNotFound() {
        assertThatThrownBy(() -> provider.resolve(" ")).isInstanceOf(SecretNotFoundException.class);
    }

    @Test
    void theSystemProviderReadsTheProcessEnvironment() {
        String name = System.getenv().keySet().stream().filter(key -> !System.getenv(key).isEmpty()).findFirst().orElseThrow();

        assertThat(EnvSecretProvider.system().resolve(name).reveal()).isEqualTo(System.getenv(name));
    }
}
