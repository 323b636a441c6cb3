package dev.aegis.testkit;

import dev.aegis.api.AegisPlugin;
import dev.aegis.api.PluginContext;
import dev.aegis.api.guard.Guardrail;
import dev.aegis.api.guard.GuardrailFactory;
import java.util.List;

/** A plugin as an author would write one, registered in this module's test resources. */
public final class SampleGuardPlugin implements AegisPlugin {

    @Override
    public List<GuardrailFactory<?>> guardrails() {
        return List.of(new Factory());
    }

    public record SampleGuardConfig(String needle) {
        public SampleGuardConfig {
            needle = needle == null ? "acme" : needle;
        }
    }

    static final class Factory implements GuardrailFactory<SampleGuardConfig> {

        @Override
        public String name() {
            return "sample-guard";
        }

        @Override
        public Class<SampleGuardConfig> configType() {
            return SampleGuardConfig.class;
        }

        @Override
        public Guardrail create(SampleGuardConfig config, PluginContext context) {
            return ScriptedGuardrail.blockingWhenContains(config.needle(), "matched");
        }
    }
}
