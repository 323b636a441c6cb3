package dev.aegis.pack.llmguard.onnx;

import dev.aegis.api.PluginContext;
import dev.aegis.api.guard.Guardrail;
import dev.aegis.api.guard.GuardrailFactory;
import dev.aegis.pack.llmguard.onnx.internal.OnnxClassifierGuard;
import dev.aegis.pack.llmguard.onnx.internal.OnnxTextClassifier;

/** {@code onnx-classifier}: an operator-supplied sequence classification model (ONNX plus tokenizer.json) as a guardrail. */
public final class OnnxClassifierFactory implements GuardrailFactory<OnnxClassifierConfig> {

    @Override
    public String name() {
        return "onnx-classifier";
    }

    @Override
    public Class<OnnxClassifierConfig> configType() {
        return OnnxClassifierConfig.class;
    }

    /** Loads the model and its tokenizer now, so a missing file or a model of the wrong shape fails at load. */
    @Override
    public Guardrail create(OnnxClassifierConfig config, PluginContext context) {
        return new OnnxClassifierGuard(config, OnnxTextClassifier.load(config.settings()));
    }

    @Override
    public String description() {
        return "Blocks, sends for approval or flags text an operator-supplied ONNX text classifier (with its tokenizer.json) scores positive, in-process.";
    }
}
