package dev.aegis.plugin.secrets;

import dev.aegis.api.secret.SecretProvider;
import dev.aegis.testkit.SecretProviderContractTest;
import java.util.Map;
import java.util.Optional;

class EnvSecretProviderContractTest extends SecretProviderContractTest {

    @Override
    protected SecretProvider provider() {
        return new EnvSecretProvider(name -> Optional.ofNullable(Map.of("DB_PASSWORD", "correct-horse").get(name)));
    }

    @Override
    protected String knownReference() {
        return "DB_PASSWORD";
    }

    @Override
    protected String knownValue() {
        return "correct-horse";
    }
}
