package dev.aegis.api.vector;

import dev.aegis.api.API;
import dev.aegis.api.PluginFactory;

/** Discovered factory of an {@link EmbeddingProvider}. */
@API(status = API.Status.STABLE)
public interface EmbeddingProviderFactory<C extends Record> extends PluginFactory<C, EmbeddingProvider> {}
