package dev.aegis.plugin.secrets;

import dev.aegis.api.AegisPlugin;
import dev.aegis.api.secret.SecretProviderFactory;
import java.util.List;

/** Entry point of the basic secret providers: {@code env:NAME} and {@code file:PATH}. */
public final class BasicSecretsPlugin implements AegisPlugin {

    @Override
    public List<SecretProviderFactory<?>> secretProviders() {
        return List.of(new EnvSecretProviderFactory(), new FileSecretProviderFactory());
    }
}
