package dev.aegis.runtime.durable.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aegis.api.secret.Secret;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EncryptionKeysTest {

    @TempDir
    Path dataDirectory;

    @Test
    void aConfiguredBase64KeyOf32BytesIsUsedAsItIs() {
        byte[] raw = new byte[32];
        raw[0] = 1;

        byte[] key = EncryptionKeys.resolve(Optional.of(Secret.of(Base64.getEncoder().encodeToString(raw))), dataDirectory).getEncoded();

        assertThat(key).isEqualTo(raw);
        assertThat(dataDirectory.resolve(EncryptionKeys.KEY_FILE)).doesNotExist();
    }

    @Test
    void anyOtherConfiguredTextIsHashedIntoAKey() throws Exception {
        byte[] key = EncryptionKeys.resolve(Optional.of(Secret.of("correct horse battery staple")), dataDirectory).getEncoded();

        assertThat(key).isEqualTo(MessageDigest.getInstance("SHA-256").digest("correct horse battery staple".getBytes()));
    }

    @Test
    void withoutAConfiguredKeyAKeyFileOnlyItsOwnerMayReadIsMadeOnceAndReused() throws Exception {
        byte[] first = EncryptionKeys.resolve(Optional.empty(), dataDirectory).getEncoded();
        byte[] second = EncryptionKeys.resolve(Optional.empty(), dataDirectory).getEncoded();

        Path file = dataDirectory.resolve(EncryptionKeys.KEY_FILE);
        assertThat(first).hasSize(32).isEqualTo(second);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        try (var listing = Files.list(dataDirectory)) {
            assertThat(listing).as("no temporary file is left behind").containsExactly(file);
        }
    }
}
