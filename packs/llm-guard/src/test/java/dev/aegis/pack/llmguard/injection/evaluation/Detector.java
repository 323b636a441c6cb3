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
     * The embedding layer alone (always run, nothing to blend with), the linear layers with it always
     * run, and with it gated as configured by default: the last is the full scanner with the embedding layer.
     */
    public static List<Detector> embedding(Heuristics heuristics, LinearModel model, EmbeddingProvider embedder, InjectionGuardConfig.Embedding settings) {
        EmbeddingLayer layer = new EmbeddingLayer(embedder, Exemplars.standard(), settings.neighbours(), settings.windowCharacters());
        Decoders decoders = decoders();
        double[] band = settings.band(InjectionGuardConfig.Thresholds.defaults(), InjectionGuardConfig.defaults().targets());
        return List.of(
                new Detector("embedding alone", new InjectionScanner(null, null, decoders, new GatedEmbedding(layer, 1, 0, 1))),
                new Detector("full + embedding, always run", new InjectionScanner(heuristics, model, decoders,
                        new GatedEmbedding(layer, settings.weight(), 0, 1))),
                new Detector(String.format(java.util.Locale.ROOT, "full + embedding, gated [%.2f, %.2f)", band[0], band[1]),
                        new InjectionScanner(heuristics, model, decoders, new GatedEmbedding(layer, settings.weight(), band[0], band[1]))));
    }

    private static Decoders decoders() {
        InjectionGuardConfig.Decoding limits = InjectionGuardConfig.Decoding.defaults();
        return new Decoders(new DecodingLimits(limits.maxDepth(), limits.maxRuns(), limits.maxDecodedChars()));
    }
}
