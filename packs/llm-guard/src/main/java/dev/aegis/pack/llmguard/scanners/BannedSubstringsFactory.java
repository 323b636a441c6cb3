package dev.aegis.pack.llmguard.scanners;

import dev.aegis.api.PluginContext;
import dev.aegis.api.guard.Guardrail;
import dev.aegis.api.guard.GuardrailFactory;
import dev.aegis.pack.llmguard.scanners.internal.BannedSubstringsGuard;

/** {@code banned-substrings}: competitor names and other words a route must not carry, case and Unicode robust. */
public final class BannedSubstringsFactory implements GuardrailFactory<BannedSubstringsConfig> {

    @Override
    public String name() {
        return "banned-substrings";
    }

    @Override
    public Class<BannedSubstringsConfig> configType() {
        return BannedSubstringsConfig.class;
    }

    @Override
    public Guardrail create(BannedSubstringsConfig config, PluginContext context) {
        for (BannedSubstringsConfig.Rule rule : config.rules()) {
            Phrases.requireMatchable("rule '" + rule.name() + "'", rule.substrings());
        }
        return new BannedSubstringsGuard(config);
    }

    @Override
    public String description() {
        return "Blocks, sanitizes or flags configured words and phrases (competitors…), whatever their case, width or look-alike letters.";
    }
}
