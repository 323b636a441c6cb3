package dev.aegis.api.model;

import dev.aegis.api.API;
import dev.aegis.api.PluginFactory;

/** Discovered factory of a {@link ModelProvider}. */
@API(status = API.Status.STABLE)
public interface ModelProviderFactory<C extends Record> extends PluginFactory<C, ModelProvider> {}
