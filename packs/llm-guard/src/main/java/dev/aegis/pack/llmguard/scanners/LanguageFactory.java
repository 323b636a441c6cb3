package dev.aegis.pack.llmguard.scanners;

import dev.aegis.api.PluginContext;
import dev.aegis.api.guard.Guardrail;
import dev.aegis.api.guard.GuardrailFactory;
import dev.aegis.pack.llmguard.scanners.internal.LanguageGuard;

/** {@code language}: the languages a route accepts, detected in-process with Apache OpenNLP. */
public final class LanguageFactory implements GuardrailFactory<LanguageConfig> {

    @Override
    public String name() {
        return "language";
    }

    @Override
    public Class<LanguageConfig> configType() {
        return LanguageConfig.class;
    }

    /** Loads the shared language model on first use (a few seconds, once per process). */
    @Override
    public Guardrail create(LanguageConfig config, PluginContext context) {
        return new LanguageGuard(config);
    }

    @Override
    public String description() {
        return "Refuses, sends for approval or flags text in languages the route does not allow (Apache OpenNLP, 103 languages).";
    }
}
