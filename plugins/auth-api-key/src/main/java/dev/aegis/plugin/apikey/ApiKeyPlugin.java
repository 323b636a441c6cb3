package dev.aegis.plugin.apikey;

import dev.aegis.api.AegisPlugin;
import dev.aegis.api.auth.AuthenticatorFactory;
import java.util.List;

/** The plugin's entry point. */
public final class ApiKeyPlugin implements AegisPlugin {

    @Override
    public List<AuthenticatorFactory<?>> authenticators() {
        return List.of(new ApiKeyAuthenticatorFactory());
    }
}
