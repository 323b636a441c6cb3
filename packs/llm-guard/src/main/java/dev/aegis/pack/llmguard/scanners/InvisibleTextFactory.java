package dev.aegis.pack.llmguard.scanners;

import dev.aegis.api.PluginContext;
import dev.aegis.api.guard.Guardrail;
import dev.aegis.api.guard.GuardrailFactory;
import dev.aegis.pack.llmguard.scanners.internal.InvisibleTextGuard;

/** {@code invisible-text}: zero-width, bidi, tag, private-use, control characters and variation-selector runs. */
public final class InvisibleTextFactory implements GuardrailFactory<InvisibleTextConfig> {

    @Override
    public String name() {
        return "invisible-text";
    }

    @Override
    public Class<InvisibleTextConfig> configType() {
        return InvisibleTextConfig.class;
    }

    @Override
    public Guardrail create(InvisibleTextConfig config, PluginContext context) {
        return new InvisibleTextGuard(config);
    }

    @Override
    public String description() {
        return "Finds invisible characters (zero-width, bidi overrides, tag characters, private use, selector runs, controls) and removes or refuses them.";
    }
}
