package dev.aegis.plugin.secrets;

import dev.aegis.api.secret.SecretProvider;
import dev.aegis.testkit.SecretProviderContractTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class FileSecretProviderContractTest extends SecretProviderContractTest {

    @TempDir
    Path base;

    @Override
    protected SecretProvider provider() {
        try {
            Files.writeString(base.resolve("db-password"), "correct-horse-battery\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return FileSecretProvider.confinedTo(base);
    }

    @Override
    protected String knownReference() {
        return "db-password";
    }

    @Override
    protected String knownValue() {
        return "correct-horse-battery";
    }
}
