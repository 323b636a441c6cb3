package dev.aegis.api.vector;

import dev.aegis.api.API;
import dev.aegis.api.PluginFactory;

/** Discovered factory of a {@link VectorStoreProvider}. */
@API(status = API.Status.EXPERIMENTAL)
public interface VectorStoreProviderFactory<C extends Record> extends PluginFactory<C, VectorStoreProvider> {}
