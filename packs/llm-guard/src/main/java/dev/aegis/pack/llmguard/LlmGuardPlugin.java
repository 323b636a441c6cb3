package dev.aegis.pack.llmguard;

import dev.aegis.api.AegisPlugin;
import dev.aegis.api.guard.GuardrailFactory;
import dev.aegis.pack.llmguard.injection.InjectionGuardFactory;
import java.util.List;

/** The pack's entry point: its scanners, each a guardrail with a typed config. */
public final class LlmGuardPlugin implements AegisPlugin {

    @Override
    public List<GuardrailFactory<?>> guardrails() {
        return List.of(new InjectionGuardFactory());
    }
}
