package dev.aegis.kernel.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aegis.api.AegisException;
import dev.aegis.api.PluginContext;
import dev.aegis.api.secret.Secret;
import dev.aegis.api.secret.SecretProvider;
import dev.aegis.api.secret.SecretProviderFactory;
import dev.aegis.kernel.config.ConfigException;
import dev.aegis.kernel.config.SecretResolver;
import dev.aegis.kernel.discovery.DiscoveredPlugin;
import dev.aegis.kernel.discovery.PluginKind;
import dev.aegis.kernel.discovery.PluginRegistry;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Resolves {@code scheme:reference} through the secret provider named after the scheme, creating
 * each provider on first use from its {@code secrets.<scheme>} configuration.
 */
public final class SecretProviders implements SecretResolver {

    private final PluginRegistry registry;
    private final Map<String, JsonNode> configs;
    private final Function<String, PluginContext> contexts;
    private final Map<String, SecretProvider> created = new HashMap<>();

    public SecretProviders(PluginRegistry registry, Map<String, JsonNode> configs, Function<String, PluginContext> contexts) {
        this.registry = registry;
        this.configs = configs;
        this.contexts = contexts;
    }

    @Override
    public Secret resolve(String reference) {
        int colon = reference.indexOf(':');
        if (colon <= 0) {
            throw new AegisException("secret_reference_invalid", "a secret reference is 'scheme:reference', e.g. env:UPSTREAM_API_KEY");
        }
        String scheme = reference.substring(0, colon);
        return provider(scheme).resolve(reference.substring(colon + 1));
    }

    private synchronized SecretProvider provider(String scheme) {
        SecretProvider provider = created.get(scheme);
        if (provider == null) {
            DiscoveredPlugin plugin = registry.find(PluginKind.SECRET_PROVIDER, scheme).orElseThrow(() -> new AegisException("secret_scheme_unknown",
                    "no secret provider for scheme '" + scheme + "' (available: " + registry.names(PluginKind.SECRET_PROVIDER) + ")"));
            try {
                provider = create((SecretProviderFactory<?>) plugin.factory(), scheme);
            } catch (ConfigException e) {
                throw new AegisException("secret_provider_invalid", "secret provider '" + scheme + "' is misconfigured: " + e.getMessage());
            }
            created.put(scheme, provider);
        }
        return provider;
    }

    private <C extends Record> SecretProvider create(SecretProviderFactory<C> factory, String scheme) {
        // Secret providers cannot themselves take secret references: there is nothing to resolve them with.
        C config = new RecordBinder(SecretResolver.none()).bind(configs.get(scheme), factory.configType(), Names.child("secrets", scheme));
        return factory.create(config, contexts.apply(scheme));
    }
}
