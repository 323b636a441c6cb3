package dev.aegis.pack.llmguard.injection.evaluation;

import dev.aegis.api.vector.EmbeddingProvider;
import dev.aegis.pack.llmguard.injection.InjectionGuardConfig;
import dev.aegis.pack.llmguard.injection.internal.InjectionScanner;
import dev.aegis.pack.llmguard.injection.internal.decode.Decoders;
import dev.aegis.pack.llmguard.injection.internal.decode.DecodingLimits;
import dev.aegis.pack.llmguard.injection.internal.embedding.EmbeddingLayer;
import dev.aegis.pack.llmguard.injection.internal.embedding.Exemplars;
import dev.aegis.pack.llmguard.injection.internal.embedding.GatedEmbedding;
import dev.aegis.pack.llmguard.injection.internal.heuristic.Heuristics;
import dev.aegis.pack.llmguard.injection.internal.linear.LinearModel;
import dev.aegis.pack.llmguard.onnx.internal.OnnxTextClassifier;
import java.util.List;

/** A configuration of the layers to measure, by name. */
public record Detector(String name, InjectionScanner scanner) {

    /** Each layer alone, the two detectors together without decoding, and the full scanner. */
    public static List<Detector> layers(Heuristics heuristics, LinearModel model) {
        Decoders decoders = decoders();
        return List.of(
                new Detector("heuristics alone", new InjectionScanner(heuristics, null, null)),
                new Detector("classifier alone", new InjectionScanner(null, model, null)),
                new Detector("heuristics + classifier, no decoders", new InjectionScanner(heuristics, model, null)),
                new Detector("full (normalisation, decoders, heuristics, classifier)", new InjectionScanner(heuristics, model, decoders)));
    }

    /**
     * An ONNX classifier alone (on the text and its decodings), the full scanner with it as one more layer,
     * and the full scanner with the gated embedding layer and it: every layer, combined as the guard does.
     */
    public static List<Detector> withOnnx(String name, OnnxTextClassifier onnx, Heuristics heuristics, LinearModel model,
            EmbeddingProvider embedder, InjectionGuardConfig.Embedding settings) {
        Decoders decoders = decoders();
        return List.of(
                new Detector(name + " alone", new InjectionScanner(null, null, decoders, onnx, 1.0)),
                new Detector("full + " + name, new InjectionScanner(heuristics, model, decoders, onnx, 1.0)),
                new Detector("full + embedding, gated + " + name, new InjectionScanner(heuristics, model, decoders, gated(embedder, settings),
                        onnx, 1.0)));
    }

    /**
     * The embedding layer alone (always run, nothing to blend with), the linear layers with it always
     * run, and with it gated as configured by default: the last is the full scanner with the embedding layer.
     */
    public static List<Detector> embedding(Heuristics heuristics, LinearModel model, EmbeddingProvider embedder, InjectionGuardConfig.Embedding settings) {
        EmbeddingLayer layer = layer(embedder, settings);
        Decoders decoders = decoders();
        double[] band = band(settings);
        return List.of(
                new Detector("embedding alone", new InjectionScanner(null, null, decoders, new GatedEmbedding(layer, 1, 0, 1))),
                new Detector("full + embedding, always run", new InjectionScanner(heuristics, model, decoders,
                        new GatedEmbedding(layer, settings.weight(), 0, 1))),
                new Detector(String.format(java.util.Locale.ROOT, "full + embedding, gated [%.2f, %.2f)", band[0], band[1]),
                        new InjectionScanner(heuristics, model, decoders, new GatedEmbedding(layer, settings.weight(), band[0], band[1]))));
    }

    // the embedding layer with the band the guard derives for the default thresholds and targets
    private static GatedEmbedding gated(EmbeddingProvider embedder, InjectionGuardConfig.Embedding settings) {
        double[] band = band(settings);
        return new GatedEmbedding(layer(embedder, settings), settings.weight(), band[0], band[1]);
    }

    private static EmbeddingLayer layer(EmbeddingProvider embedder, InjectionGuardConfig.Embedding settings) {
        return new EmbeddingLayer(embedder, Exemplars.standard(), settings.neighbours(), settings.windowCharacters());
    }

    private static double[] band(InjectionGuardConfig.Embedding settings) {
        return settings.band(InjectionGuardConfig.Thresholds.defaults(), InjectionGuardConfig.defaults().targets());
    }

    private static Decoders decoders() {
        InjectionGuardConfig.Decoding limits = InjectionGuardConfig.Decoding.defaults();
        return new Decoders(new DecodingLimits(limits.maxDepth(), limits.maxRuns(), limits.maxDecodedChars()));
    }
}
