package dev.aegis.pack.llmguard.injection.internal;

import dev.aegis.api.guard.Content;
import dev.aegis.api.guard.Evidence;
import dev.aegis.api.guard.Guardrail;
import dev.aegis.api.guard.ScanTarget;
import dev.aegis.api.guard.StreamingGuarantee;
import dev.aegis.api.guard.Verdict;
import dev.aegis.api.state.Message;
import dev.aegis.api.state.Role;
import dev.aegis.api.state.RunState;
import dev.aegis.api.vector.EmbeddingProvider;
import dev.aegis.pack.llmguard.injection.InjectionGuardConfig;
import dev.aegis.pack.llmguard.injection.InjectionGuardConfig.Layer;
import dev.aegis.pack.llmguard.injection.OnnxLayerConfig;
import dev.aegis.pack.llmguard.injection.internal.decode.Decoders;
import dev.aegis.pack.llmguard.injection.internal.decode.DecodingLimits;
import dev.aegis.pack.llmguard.injection.internal.embedding.EmbeddingLayer;
import dev.aegis.pack.llmguard.injection.internal.embedding.GatedEmbedding;
import dev.aegis.pack.llmguard.onnx.internal.OnnxTextClassifier;
import java.util.List;
import java.util.Set;

/**
 * {@code injection-guard}: scores each text with {@link InjectionScanner} and acts on the configured
 * mode at the target's threshold. Evidence holds scores, rule names, decodings and spans, never text.
 *
 * <p>Streaming: the classifier and several rules need the whole text, so when responses are
 * targeted the guard asks for the full context (the stream is held back until the answer is
 * complete). Prompts, tool results and retrieved chunks are whole when they are scanned.
 */
public final class InjectionGuard implements Guardrail {

    private final InjectionGuardConfig config;
    private final InjectionScanner scanner;

    InjectionGuard(InjectionGuardConfig config, InjectionScanner scanner) {
        this.config = config;
        this.scanner = scanner;
    }

    public static InjectionGuard create(InjectionGuardConfig config) {
        return create(config, null);
    }

    /** With the embedding layer over {@code embedder} and the ONNX classifier when the config asks for them; exemplars are embedded and the model loaded now. */
    public static InjectionGuard create(InjectionGuardConfig config, EmbeddingProvider embedder) {
        Set<Layer> layers = config.layers();
        InjectionGuardConfig.Decoding decoding = config.decoding();
        Decoders decoders = layers.contains(Layer.DECODERS)
                ? new Decoders(new DecodingLimits(decoding.maxDepth(), decoding.maxRuns(), decoding.maxDecodedChars()))
                : null;
        GatedEmbedding embedding = config.embeddingLayer().map(layer -> gated(layer, embedder, config)).orElse(null);
        // loaded now (after the exemplars, so a failing embedder leaves no model loaded), so a missing file or a
        // model of the wrong shape fails at load
        OnnxTextClassifier onnx = config.onnxLayer().map(layer -> OnnxTextClassifier.load(layer.settings())).orElse(null);
        return new InjectionGuard(config, new InjectionScanner(
                layers.contains(Layer.HEURISTICS) ? PackagedLayers.HEURISTICS : null,
                layers.contains(Layer.CLASSIFIER) ? PackagedLayers.CLASSIFIER : null,
                decoders, embedding, onnx, config.onnxLayer().map(OnnxLayerConfig::weight).orElse(0.0)));
    }

    private static GatedEmbedding gated(InjectionGuardConfig.Embedding embedding, EmbeddingProvider embedder, InjectionGuardConfig config) {
        double[] band = embedding.band(config.thresholds(), config.targets());
        return new GatedEmbedding(new EmbeddingLayer(embedder, PackagedLayers.exemplars(), embedding.neighbours(), embedding.windowCharacters()),
                embedding.weight(), band[0], band[1]);
    }

    @Override
    public Verdict scan(Content content, RunState state) {
        if (content.text().isBlank() || applicationInstruction(content, state)) {
            return Verdict.allow();
        }
        Assessment assessment = scanner.assess(content.text());
        double threshold = config.thresholds().of(content.target());
        boolean suspected = assessment.score() >= threshold;
        if (!suspected && assessment.bidiControls() == 0) {
            return Verdict.allow();
        }
        List<Evidence> evidence = Evidences.of(assessment, threshold, content.target());
        if (!suspected) {
            return new Verdict.Allow(evidence);
        }
        String reason = "possible prompt injection in " + where(content.target())
                + String.format(java.util.Locale.ROOT, " (score %.2f, threshold %.2f)", assessment.score(), threshold);
        return config.mode().verdict(reason, evidence);
    }

    // a system or developer message of the run, unless the config asks for those to be scanned
    private boolean applicationInstruction(Content content, RunState state) {
        if (config.scanSystemMessages() || content.target() != ScanTarget.PROMPT) {
            return false;
        }
        for (Message message : state.messages()) {
            if ((message.role() == Role.SYSTEM || message.role() == Role.DEVELOPER) && message.content().equals(content.text())) {
                return true;
            }
        }
        return false;
    }

    private static String where(ScanTarget target) {
        return switch (target) {
            case PROMPT -> "the prompt";
            case TOOL_RESULT -> "a tool result";
            case RAG_CHUNK -> "a retrieved chunk";
            case TOOL_ARGUMENTS -> "a tool call's arguments";
            case RESPONSE -> "the response";
        };
    }

    /** The layers this guard runs. */
    public InjectionScanner scanner() {
        return scanner;
    }

    @Override
    public StreamingGuarantee streaming() {
        return StreamingGuarantee.fullContext();
    }

    @Override
    public Set<ScanTarget> targets() {
        return config.targets();
    }
}
