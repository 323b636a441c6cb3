package dev.aegis.pack.llmguard.injection.evaluation;

import dev.aegis.pack.llmguard.injection.InjectionGuardConfig;
import dev.aegis.pack.llmguard.injection.internal.InjectionScanner;
import dev.aegis.pack.llmguard.injection.internal.decode.Decoders;
import dev.aegis.pack.llmguard.injection.internal.decode.DecodingLimits;
import dev.aegis.pack.llmguard.injection.internal.heuristic.Heuristics;
import dev.aegis.pack.llmguard.injection.internal.linear.LinearModel;

/** A configuration of the layers to measure, by name. */
public record Detector(String name, InjectionScanner scanner) {

    /** Each layer alone, the two detectors together without decoding, and the full scanner. */
    public static java.util.List<Detector> layers(Heuristics heuristics, LinearModel model) {
        InjectionGuardConfig.Decoding limits = InjectionGuardConfig.Decoding.defaults();
        Decoders decoders = new Decoders(new DecodingLimits(limits.maxDepth(), limits.maxRuns(), limits.maxDecodedChars()));
        return java.util.List.of(
                new Detector("heuristics alone", new InjectionScanner(heuristics, null, null)),
                new Detector("classifier alone", new InjectionScanner(null, model, null)),
                new Detector("heuristics + classifier, no decoders", new InjectionScanner(heuristics, model, null)),
                new Detector("full (normalisation, decoders, heuristics, classifier)", new InjectionScanner(heuristics, model, decoders)));
    }
}
