package dev.aegis.pack.pii;

import dev.aegis.api.PluginContext;
import dev.aegis.api.guard.Guardrail;
import dev.aegis.api.guard.GuardrailFactory;
import dev.aegis.pack.pii.internal.KeyedHash;
import dev.aegis.pack.pii.internal.MaskGuard;
import dev.aegis.pack.pii.internal.recognize.Gazetteer;
import dev.aegis.pack.pii.internal.recognize.Recognizers;

/** {@code pii-mask}: masks personal data and secrets on the way in, with placeholders stable within a run. */
public final class PiiMaskFactory implements GuardrailFactory<PiiMaskConfig> {

    @Override
    public String name() {
        return "pii-mask";
    }

    @Override
    public Class<PiiMaskConfig> configType() {
        return PiiMaskConfig.class;
    }

    @Override
    public Guardrail create(PiiMaskConfig config, PluginContext context) {
        KeyedHash hash = config.hashKey().map(key -> KeyedHash.withKey(key.reveal())).orElseGet(KeyedHash::random);
        return new MaskGuard(config, Recognizers.standard(Gazetteer.load(config.locales())), hash);
    }

    @Override
    public String description() {
        return "Replaces personal data and secrets with per-run placeholders (or redacts, hashes or blocks them).";
    }
}
