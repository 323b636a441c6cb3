package dev.aegis.plugin.secrets;

import dev.aegis.api.NoConfig;
import dev.aegis.api.PluginContext;
import dev.aegis.api.secret.SecretProvider;
import dev.aegis.api.secret.SecretProviderFactory;

/** The {@code env} scheme: {@code {secret: "env:OPENAI_API_KEY"}} reads that environment variable. */
public final class EnvSecretProviderFactory implements SecretProviderFactory<NoConfig> {

    @Override
    public String name() {
        return "env";
    }

    @Override
    public Class<NoConfig> configType() {
        return NoConfig.class;
    }

    @Override
    public SecretProvider create(NoConfig config, PluginContext context) {
        return EnvSecretProvider.system();
    }

    @Override
    public String description() {
        return "Secrets from environment variables: env:VARIABLE_NAME";
    }
}
