package dev.aegis.testkit;

import dev.aegis.api.secret.SecretProvider;

class MapSecretProviderContractTest extends SecretProviderContractTest {

    @Override
    protected SecretProvider provider() {
        return MapSecretProvider.of("OPENAI_API_KEY", "sk-test-123", "DB_PASSWORD", "hunter2");
    }

    @Override
    protected String knownReference() {
        return "OPENAI_API_KEY";
    }

    @Override
    protected String knownValue() {
        return "sk-test-123";
    }
}
