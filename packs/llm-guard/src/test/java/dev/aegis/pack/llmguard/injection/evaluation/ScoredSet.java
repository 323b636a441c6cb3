package dev.aegis.pack.llmguard.injection.evaluation;

import dev.aegis.pack.llmguard.injection.InjectionGuardConfig;
import dev.aegis.pack.llmguard.injection.corpus.Sample;
import dev.aegis.pack.llmguard.injection.corpus.Sample.Kind;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * One detector's combined score on every sample of a labelled set, scanned once, so that rates at the
 * guard's thresholds and at any single threshold can be read from the same scores.
 */
public record ScoredSet(String name, List<Sample> samples, double[] scores) {

    public static ScoredSet score(Detector detector, List<Sample> samples) {
        double[] scores = samples.stream().mapToDouble(sample -> detector.scanner().assess(sample.text()).score()).toArray();
        return new ScoredSet(detector.name(), samples, scores);
    }

    /** Flagged / total among the samples {@code which} selects, at the guard's threshold for each sample's target. */
    public double rate(InjectionGuardConfig.Thresholds thresholds, Predicate<Sample> which) {
        int flagged = 0;
        int total = 0;
        for (int i = 0; i < scores.length; i++) {
            Sample sample = samples.get(i);
            if (which.test(sample)) {
                total++;
                flagged += scores[i] >= thresholds.of(sample.target()) ? 1 : 0;
            }
        }
        return total == 0 ? Double.NaN : (double) flagged / total;
    }

    /** Flagged / total among the samples {@code which} selects, at one threshold for every target. */
    public double rate(double threshold, Predicate<Sample> which) {
        int flagged = 0;
        int total = 0;
        for (int i = 0; i < scores.length; i++) {
            if (which.test(samples.get(i))) {
                total++;
                flagged += scores[i] >= threshold ? 1 : 0;
            }
        }
        return total == 0 ? Double.NaN : (double) flagged / total;
    }

    /**
     * The single threshold with the highest TPR whose FPR is at most {@code maxFalsePositiveRate}, among
     * every score the set holds (a threshold above every score, flagging nothing, if none qualifies).
     */
    public double bestThreshold(double maxFalsePositiveRate) {
        double best = Double.POSITIVE_INFINITY;
        double bestRate = 0;
        for (double candidate : scores) {
            if (rate(candidate, benign()) <= maxFalsePositiveRate) {
                double truePositives = rate(candidate, attack());
                if (truePositives > bestRate || truePositives == bestRate && candidate > best) {
                    best = candidate;
                    bestRate = truePositives;
                }
            }
        }
        return best;
    }

    /** Every miss and false alarm at the guard's thresholds, one line each, the text cut short. */
    public List<String> mistakes(InjectionGuardConfig.Thresholds thresholds) {
        List<String> lines = new java.util.ArrayList<>();
        for (int i = 0; i < scores.length; i++) {
            Sample sample = samples.get(i);
            boolean flagged = scores[i] >= thresholds.of(sample.target());
            if (flagged != sample.attack()) {
                String text = sample.text().replace("\n", "\\n");
                lines.add(String.format(Locale.ROOT, "%s %.2f %s: %s", flagged ? "FP" : "FN", scores[i], sample.family(),
                        text.substring(0, Math.min(160, text.length()))));
            }
        }
        return lines;
    }

    public static Predicate<Sample> attack() {
        return Sample::attack;
    }

    public static Predicate<Sample> benign() {
        return sample -> !sample.attack();
    }

    public static Predicate<Sample> kind(Kind kind) {
        return sample -> sample.kind() == kind;
    }

    public static Predicate<Sample> family(String family) {
        return sample -> sample.family().equals(family);
    }
}
