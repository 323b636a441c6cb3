package dev.aegis.pack.pii;

import dev.aegis.api.AegisPlugin;
import dev.aegis.api.guard.GuardrailFactory;
import java.util.List;

/** The pack's entry point: {@code pii-mask} and {@code pii-unmask}. */
public final class PiiPlugin implements AegisPlugin {

    @Override
    public List<GuardrailFactory<?>> guardrails() {
        return List.of(new PiiMaskFactory(), new PiiUnmaskFactory());
    }
}
