package com.example.aegis.competitors;

import dev.aegis.api.AegisPlugin;
import dev.aegis.api.guard.GuardrailFactory;
import java.util.List;

/**
 * The plugin's entry point, named in {@code META-INF/services/dev.aegis.api.AegisPlugin}. It
 * overrides only what it offers; every other kind defaults to none.
 */
public final class BlockCompetitorsPlugin implements AegisPlugin {

    @Override
    public List<GuardrailFactory<?>> guardrails() {
        return List.of(new BlockCompetitorsFactory());
    }
}
