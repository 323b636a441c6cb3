package dev.aegis.pack.llmguard.scanners;

import dev.aegis.api.PluginContext;
import dev.aegis.api.guard.Guardrail;
import dev.aegis.api.guard.GuardrailFactory;
import dev.aegis.pack.llmguard.scanners.internal.BannedTopicsGuard;

/** {@code banned-topics}: topics a route must stay away from, recognised by keywords (an embedding matcher is planned). */
public final class BannedTopicsFactory implements GuardrailFactory<BannedTopicsConfig> {

    @Override
    public String name() {
        return "banned-topics";
    }

    @Override
    public Class<BannedTopicsConfig> configType() {
        return BannedTopicsConfig.class;
    }

    @Override
    public Guardrail create(BannedTopicsConfig config, PluginContext context) {
        for (BannedTopicsConfig.Topic topic : config.topics()) {
            Phrases.requireMatchable("topic '" + topic.name() + "'", topic.keywords().phrases());
        }
        return new BannedTopicsGuard(config);
    }

    @Override
    public String description() {
        return "Blocks, sends for approval or flags content about configured topics, recognised by keywords.";
    }
}
