package dev.aegis.pack.llmguard.injection;

import dev.aegis.api.PluginContext;
import dev.aegis.api.guard.Guardrail;
import dev.aegis.api.guard.GuardrailFactory;
import dev.aegis.api.vector.EmbeddingProvider;
import dev.aegis.pack.llmguard.injection.internal.InjectionGuard;

/** {@code injection-guard}: prompt injection and jailbreak detection, on prompts and on data (tool results, retrieved chunks). */
public final class InjectionGuardFactory implements GuardrailFactory<InjectionGuardConfig> {

    @Override
    public String name() {
        return "injection-guard";
    }

    @Override
    public Class<InjectionGuardConfig> configType() {
        return InjectionGuardConfig.class;
    }

    @Override
    public Guardrail create(InjectionGuardConfig config, PluginContext context) {
        EmbeddingProvider embedder = config.embeddingLayer().map(embedding -> context.lookup(EmbeddingProvider.class, embedding.embedder())
                .orElseThrow(() -> new IllegalArgumentException("embedding.embedder: no embedder named '" + embedding.embedder()
                        + "' under embeddings: (configured: " + context.names(EmbeddingProvider.class) + ")")))
                .orElse(null);
        return InjectionGuard.create(config, embedder);
    }

    @Override
    public String description() {
        return "Detects prompt injection and jailbreaks in prompts, tool results and retrieved chunks (heuristics, decoders, a linear classifier and optionally similarity to exemplars over a configured embedder, in-process).";
    }
}
