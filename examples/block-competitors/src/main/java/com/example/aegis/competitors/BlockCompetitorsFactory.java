package com.example.aegis.competitors;

import dev.aegis.api.PluginContext;
import dev.aegis.api.guard.Guardrail;
import dev.aegis.api.guard.GuardrailFactory;

/**
 * {@code block-competitors}: the name routes use in {@code aegis.yaml}. The gateway creates one
 * guard per configuration entry at load; the guard then serves every request of its route.
 */
public final class BlockCompetitorsFactory implements GuardrailFactory<BlockCompetitorsConfig> {

    @Override
    public String name() {
        return "block-competitors";
    }

    @Override
    public Class<BlockCompetitorsConfig> configType() {
        return BlockCompetitorsConfig.class;
    }

    @Override
    public Guardrail create(BlockCompetitorsConfig config, PluginContext context) {
        CompetitorPattern names = CompetitorPattern.of(config.names(), config.caseSensitive());
        // A streamed answer is scanned again after it was sanitized: a replacement that is itself a
        // competitor's name would be replaced over and over.
        if (config.replacement().filter(replacement -> names.matcher(replacement).find()).isPresent()) {
            throw new IllegalArgumentException("replacement must not mention a competitor itself");
        }
        return new BlockCompetitors(names, config.replacement());
    }

    @Override
    public String description() {
        return "Blocks, or replaces, competitor names mentioned in prompts and responses.";
    }
}
