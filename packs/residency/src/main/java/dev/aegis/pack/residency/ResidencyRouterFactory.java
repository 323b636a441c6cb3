package dev.aegis.pack.residency;

import dev.aegis.api.PluginContext;
import dev.aegis.api.node.PipelineNode;
import dev.aegis.api.node.PipelineNodeFactory;

/** {@code residency-router}: keeps each run on providers its classification and data region allow. */
public final class ResidencyRouterFactory implements PipelineNodeFactory<ResidencyConfig> {

    @Override
    public String name() {
        return "residency-router";
    }

    @Override
    public Class<ResidencyConfig> configType() {
        return ResidencyConfig.class;
    }

    @Override
    public PipelineNode create(ResidencyConfig config, PluginContext context) {
        return new ResidencyRouter(context.instanceName(), config);
    }

    @Override
    public String description() {
        return "Routes by labels.classification and the data region: keeps providers whose region and tags the level's policy allows, same region first.";
    }
}
