package dev.aegis.plugin.regex;

import dev.aegis.api.PluginContext;
import dev.aegis.api.guard.Guardrail;
import dev.aegis.api.guard.GuardrailFactory;
import java.util.regex.PatternSyntaxException;

/** {@code regex-guard}: block, sanitize or send for approval what operator-written patterns match. */
public final class RegexGuardFactory implements GuardrailFactory<RegexGuardConfig> {

    @Override
    public String name() {
        return "regex-guard";
    }

    @Override
    public Class<RegexGuardConfig> configType() {
        return RegexGuardConfig.class;
    }

    @Override
    public Guardrail create(RegexGuardConfig config, PluginContext context) {
        for (RegexGuardConfig.Rule rule : config.rules()) {
            try {
                java.util.regex.Pattern.compile(rule.pattern());
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException("rule '" + rule.name() + "' has an invalid pattern: " + e.getDescription());
            }
        }
        return new RegexGuard(config);
    }

    @Override
    public String description() {
        return "Blocks, sanitizes or sends for approval what configured regular expressions match.";
    }
}
