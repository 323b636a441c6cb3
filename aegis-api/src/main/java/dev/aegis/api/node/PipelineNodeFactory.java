package dev.aegis.api.node;

import dev.aegis.api.API;
import dev.aegis.api.PluginFactory;

/** Discovered factory of a {@link PipelineNode}. */
@API(status = API.Status.STABLE)
public interface PipelineNodeFactory<C extends Record> extends PluginFactory<C, PipelineNode> {}
