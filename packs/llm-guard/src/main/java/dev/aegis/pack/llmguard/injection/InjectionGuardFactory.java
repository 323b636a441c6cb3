package dev.aegis.pack.llmguard.injection;

import dev.aegis.api.PluginContext;
import dev.aegis.api.guard.Guardrail;
import dev.aegis.api.guard.GuardrailFactory;
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
        return InjectionGuard.create(config);
    }

    @Override
    public String description() {
        return "Detects prompt injection and jailbreaks in prompts, tool results and retrieved chunks (heuristics, decoders and a linear classifier, in-process).";
    }
}
