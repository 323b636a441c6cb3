package dev.aegis.plugin.apikey;

import dev.aegis.api.PluginContext;
import dev.aegis.api.auth.Authenticator;
import dev.aegis.api.auth.AuthenticatorFactory;

/** {@code api-key}: API keys checked against SHA-256 hashes from the configuration. */
public final class ApiKeyAuthenticatorFactory implements AuthenticatorFactory<ApiKeyConfig> {

    @Override
    public String name() {
        return "api-key";
    }

    @Override
    public Class<ApiKeyConfig> configType() {
        return ApiKeyConfig.class;
    }

    @Override
    public Authenticator create(ApiKeyConfig config, PluginContext context) {
        return new ApiKeyAuthenticator(config);
    }

    @Override
    public String description() {
        return "Accepts API keys (Authorization: Bearer or x-api-key) configured as SHA-256 hashes.";
    }
}
