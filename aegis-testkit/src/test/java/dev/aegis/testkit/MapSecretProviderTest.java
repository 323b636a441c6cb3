package dev.aegis.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MapSecretProviderTest {

    @Test
    void referencesAndValuesMustComeInPairs() {
        assertThatThrownBy(() -> MapSecretProvider.of("ONLY_A_REFERENCE")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void printsItsReferencesButNoValue() {
        MapSecretProvider provider = MapSecretProvider.of("DB_PASSWORD", "hunter2");

        assertThat(provider).hasToString("MapSecretProvider[DB_PASSWORD]");
        assertThat(provider.references()).containsExactly("DB_PASSWORD");
    }
}
