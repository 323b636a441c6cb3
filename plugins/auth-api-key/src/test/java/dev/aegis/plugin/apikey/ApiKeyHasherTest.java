package dev.aegis.plugin.apikey;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ApiKeyHasherTest {

    @Test
    void hashesAreWhatSha256sumPrintsForTheKeyWithoutANewline() {
        // printf %s abc | sha256sum
        assertThat(ApiKeyHasher.hash("abc")).isEqualTo("sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void newKeysAreRandomUrlSafeAndLongEnough() {
        String first = ApiKeyHasher.newKey();

        assertThat(first).startsWith("aegis-").matches("[A-Za-z0-9_-]+").hasSizeGreaterThanOrEqualTo(6 + 43);
        assertThat(ApiKeyHasher.newKey()).isNotEqualTo(first);
    }
}
