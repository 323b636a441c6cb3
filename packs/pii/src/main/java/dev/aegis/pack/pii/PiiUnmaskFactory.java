package dev.aegis.pack.pii;

import dev.aegis.api.NoConfig;
import dev.aegis.api.PluginContext;
import dev.aegis.api.guard.Guardrail;
import dev.aegis.api.guard.GuardrailFactory;
import dev.aegis.pack.pii.internal.UnmaskGuard;

/**
 * {@code pii-unmask}: restores the placeholders of {@code pii-mask} in the answer and in tool-call
 * arguments. Belongs among a route's egress steps only (see the README).
 */
public final class PiiUnmaskFactory implements GuardrailFactory<NoConfig> {

    @Override
    public String name() {
        return "pii-unmask";
    }

    @Override
    public Class<NoConfig> configType() {
        return NoConfig.class;
    }

    @Override
    public Guardrail create(NoConfig config, PluginContext context) {
        return new UnmaskGuard();
    }

    @Override
    public String description() {
        return "Restores masked values in answers and tool-call arguments; never in what the model reads.";
    }
}
