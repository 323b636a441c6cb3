package dev.aegis.pack.llmguard.injection.evaluation;

import dev.aegis.pack.llmguard.injection.InjectionGuardConfig;
import dev.aegis.pack.llmguard.injection.internal.InjectionScanner;
import dev.aegis.pack.llmguard.injection.internal.decode.Decoders;
import dev.aegis.pack.llmguard.injection.internal.decode.DecodingLimits;
import dev.aegis.pack.llmguard.injection.internal.heuristic.Heuristics;
import dev.aegis.pack.llmguard.injection.internal.linear.LinearModel;
import dev.aegis.pack.llmguard.onnx.internal.OnnxTextClassifier;

/** A configuration of the layers to measure, by name. */
public record Detector(String name, InjectionScanner scanner) {

    /** Each layer alone, the two detectors together without decoding, and the full scanner. */
    public static java.util.List<Detector> layers(Heuristics heuristics, LinearModel model) {
        Decoders decoders = decoders();
        return java.util.List.of(
                new Detector("heuristics alone", new InjectionScanner(heuristics, null, null)),
                new Detector("classifier alone", new InjectionScanner(null, model, null)),
                new Detector("heuristics + classifier, no decoders", new InjectionScanner(heuristics, model, null)),
                new Detector("full (normalisation, decoders, heuristics, classifier)", new InjectionScanner(heuristics, model, decoders)));
    }

    /** An ONNX classifier alone (on the text and its decodings), and the full scanner with it as one more layer. */
    public static java.util.List<Detector> withOnnx(String name, OnnxTextClassifier onnx, Heuristics heuristics, LinearModel model) {
        return java.util.List.of(
                new Detector(name + " alone", new InjectionScanner(null, null, decoders(), onnx, 1.0)),
                new Detector("full + " + name, new InjectionScanner(heuristics, model, decoders(), onnx, 1.0)));
    }

    private static Decoders decoders() {
        InjectionGuardConfig.Decoding limits = InjectionGuardConfig.Decoding.defaults();
        return new Decoders(new DecodingLimits(limits.maxDepth(), limits.maxRuns(), limits.maxDecodedChars()));
    }
}
