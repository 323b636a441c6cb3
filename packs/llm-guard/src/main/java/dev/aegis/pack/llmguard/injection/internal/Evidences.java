package dev.aegis.pack.llmguard.injection.internal;

import dev.aegis.api.guard.Evidence;
import dev.aegis.api.guard.ScanTarget;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The evidence of an assessment: the combined score, each finding, the decodings, look-alikes and bidi controls. */
final class Evidences {

    static final String SCORE = "injection-score";
    static final String CONFUSABLES = "confusables";
    static final String BIDI_CONTROLS = "bidi-controls";
    static final String ONNX = "onnx-classifier";

    private Evidences() {}

    static List<Evidence> of(Assessment assessment, double threshold, ScanTarget target) {
        List<Evidence> evidence = new ArrayList<>();
        // the linear score is shown apart only when a later layer moved the score away from it
        String linear = assessment.embedding().isPresent() || assessment.onnx().isPresent() ? format(", linear %.2f", assessment.linear()) : "";
        String embedding = assessment.embedding().isPresent() ? format(", embedding %.2f", assessment.embedding().getAsDouble()) : "";
        String onnx = assessment.onnx().isPresent() ? format(", onnx %.2f", assessment.onnx().getAsDouble()) : "";
        evidence.add(Evidence.of(SCORE, format("score %.2f, threshold %.2f for %s; heuristics %.2f, classifier %.2f%s%s%s",
                assessment.score(), threshold, target.name().toLowerCase(Locale.ROOT), assessment.heuristics(), assessment.classifier(),
                linear, embedding, onnx)));
        for (Finding finding : assessment.findings()) {
            String kind = finding.name().equals("classifier") ? "probability" : "rule weight";
            String decoded = finding.decoding().map(decoding -> ", in " + decoding + "-decoded text").orElse("");
            evidence.add(new Evidence(finding.name(), format("%s %.2f%s", kind, finding.score(), decoded),
                    Math.max(-1, finding.start()), Math.max(finding.start(), finding.end())));
        }
        if (assessment.onnx().isPresent()) {
            evidence.add(Evidence.of(ONNX, format("probability %.2f (highest over the text and its decodings)", assessment.onnx().getAsDouble())));
        }
        for (String decoding : assessment.decodings()) {
            evidence.add(Evidence.of("decoded:" + decoding, "text hidden as " + decoding + " was decoded and scanned"));
        }
        if (assessment.confusables() > 0) {
            evidence.add(Evidence.of(CONFUSABLES, assessment.confusables() + " look-alike letters of other scripts read as Latin"));
        }
        if (assessment.bidiControls() > 0) {
            evidence.add(Evidence.of(BIDI_CONTROLS, assessment.bidiControls() + " bidirectional control characters"));
        }
        return evidence;
    }

    private static String format(String pattern, Object... arguments) {
        return String.format(Locale.ROOT, pattern, arguments);
    }
}
