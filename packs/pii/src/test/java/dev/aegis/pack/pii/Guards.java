package dev.aegis.pack.pii;

import dev.aegis.api.NoConfig;
import dev.aegis.api.guard.Guardrail;
import dev.aegis.api.secret.Secret;
import dev.aegis.kernel.config.ConfigBinding;
import dev.aegis.testkit.FakePluginContext;

/** The pack's guards as a route would create them. */
final class Guards {

    private Guards() {}

    static Guardrail mask() {
        return mask("");
    }

    static Guardrail mask(String yaml) {
        PiiMaskConfig config = ConfigBinding.bindYaml(PiiMaskConfig.class, yaml, reference -> Secret.of("key-of-" + reference));
        return new PiiMaskFactory().create(config, FakePluginContext.create());
    }

    static Guardrail unmask() {
        return new PiiUnmaskFactory().create(new NoConfig(), FakePluginContext.create());
    }
}
