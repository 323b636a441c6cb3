package dev.aegis.pack.llmguard;

import dev.aegis.api.AegisPlugin;
import dev.aegis.api.guard.GuardrailFactory;
import dev.aegis.pack.llmguard.injection.InjectionGuardFactory;
import dev.aegis.pack.llmguard.onnx.OnnxClassifierFactory;
import dev.aegis.pack.llmguard.scanners.BannedSubstringsFactory;
import dev.aegis.pack.llmguard.scanners.BannedTopicsFactory;
import dev.aegis.pack.llmguard.scanners.InvisibleTextFactory;
import dev.aegis.pack.llmguard.scanners.LanguageFactory;
import dev.aegis.pack.llmguard.scanners.UrlsFactory;
import java.util.List;

/** The pack's entry point: its scanners, each a guardrail with a typed config. */
public final class LlmGuardPlugin implements AegisPlugin {

    @Override
    public List<GuardrailFactory<?>> guardrails() {
        return List.of(new InjectionGuardFactory(), new InvisibleTextFactory(), new BannedSubstringsFactory(), new BannedTopicsFactory(),
                new LanguageFactory(), new UrlsFactory(), new OnnxClassifierFactory());
    }
}
