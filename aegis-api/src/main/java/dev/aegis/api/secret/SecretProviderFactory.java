package dev.aegis.api.secret;

import dev.aegis.api.API;
import dev.aegis.api.PluginFactory;

/** Discovered factory of a {@link SecretProvider}; its name is the scheme it resolves. */
@API(status = API.Status.STABLE)
public interface SecretProviderFactory<C extends Record> extends PluginFactory<C, SecretProvider> {}
