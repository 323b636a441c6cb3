package dev.aegis.pack.llmguard.scanners;

import dev.aegis.api.PluginContext;
import dev.aegis.api.guard.Guardrail;
import dev.aegis.api.guard.GuardrailFactory;
import dev.aegis.api.vector.EmbeddingProvider;
import dev.aegis.pack.llmguard.scanners.internal.BannedTopicsGuard;

/** {@code banned-topics}: topics a route must stay away from, recognised by keywords or by similarity to the topic described in words. */
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
            if (topic.keywords() != null) {
                Phrases.requireMatchable("topic '" + topic.name() + "'", topic.keywords().phrases());
            }
        }
        if (!config.matchesBySimilarity()) {
            return new BannedTopicsGuard(config);
        }
        EmbeddingProvider embedder = context.lookup(EmbeddingProvider.class, config.embedder())
                .orElseThrow(() -> new IllegalArgumentException("embedder: no embedder named '" + config.embedder()
                        + "' under embeddings: (configured: " + context.names(EmbeddingProvider.class) + ")"));
        return new BannedTopicsGuard(config, embedder);
    }

    @Override
    public String description() {
        return "Blocks, sends for approval or flags content about configured topics, recognised by keywords or by embedding similarity.";
    }
}
