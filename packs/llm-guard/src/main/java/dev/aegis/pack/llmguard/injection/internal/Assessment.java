package dev.aegis.pack.llmguard.injection.internal;

import java.util.List;
import java.util.OptionalDouble;

/**
 * What the layers made of one text.
 *
 * @param score the guard's score: {@code linear}, blended with {@code embedding} where that ran, then
 *     joined with {@code onnx} (times the layer's weight) by noisy-or where that is configured
 * @param linear for the text as sent and each text decoded from it, the noisy-or of its heuristic and
 *     classifier scores; the highest of these
 * @param heuristics the highest heuristic score of any of those texts
 * @param classifier the highest classifier probability of any of those texts
 * @param embedding the embedding layer's score, empty when it did not run (not configured, or
 *     {@code linear} outside its band)
 * @param findings the rules that matched and the classifier's score where it counted, highest first
 * @param decodings the decodings that produced a text that was scanned, e.g. {@code base64}
 * @param confusables look-alike letters folded to Latin
 * @param bidiControls bidirectional control characters in the original
 * @param onnx the operator's ONNX classifier's highest probability over those texts, when it is configured
 */
public record Assessment(double score, double linear, double heuristics, double classifier, OptionalDouble embedding,
        List<Finding> findings, List<String> decodings, int confusables, int bidiControls, OptionalDouble onnx) {

    public Assessment {
        findings = List.copyOf(findings);
        decodings = List.copyOf(decodings);
    }
}
