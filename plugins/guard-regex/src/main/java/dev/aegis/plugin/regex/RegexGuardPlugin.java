package dev.aegis.plugin.regex;

import dev.aegis.api.AegisPlugin;
import dev.aegis.api.guard.GuardrailFactory;
import java.util.List;

/** The plugin's entry point. */
public final class RegexGuardPlugin implements AegisPlugin {

    @Override
    public List<GuardrailFactory<?>> guardrails() {
        return List.of(new RegexGuardFactory());
    }
}
