package dev.aegis.pack.llmguard.injection.evaluation;

import static dev.aegis.pack.llmguard.injection.evaluation.ScoredSet.attack;
import static dev.aegis.pack.llmguard.injection.evaluation.ScoredSet.benign;
import static dev.aegis.pack.llmguard.injection.evaluation.ScoredSet.family;
import static dev.aegis.pack.llmguard.injection.evaluation.ScoredSet.kind;

import dev.aegis.pack.llmguard.injection.InjectionGuardConfig;
import dev.aegis.pack.llmguard.injection.corpus.Sample;
import dev.aegis.pack.llmguard.injection.corpus.Sample.Kind;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.function.Predicate;

/** Markdown tables of scored sets: rates by kind at the guard's thresholds, TPR by category, and the best operating point. */
final class FreshTables {

    private static final List<Kind> ATTACKS = List.of(Kind.DIRECT, Kind.INDIRECT, Kind.OBFUSCATED);
    private static final List<Kind> BENIGN = List.of(Kind.BENIGN, Kind.TRIGGER_BENIGN, Kind.BENIGN_DOCUMENT);

    private FreshTables() {}

    static String byKind(String title, List<ScoredSet> sets, InjectionGuardConfig.Thresholds thresholds) {
        List<Sample> samples = sets.getFirst().samples();
        StringBuilder out = new StringBuilder("\n").append(title).append("\n| layers | TPR all (").append(count(samples, attack())).append(')');
        ATTACKS.forEach(kind -> out.append(" | ").append(label(kind)).append(" (").append(count(samples, kind(kind))).append(')'));
        out.append(" | FPR all (").append(count(samples, benign())).append(')');
        BENIGN.forEach(kind -> out.append(" | ").append(label(kind)).append(" (").append(count(samples, kind(kind))).append(')'));
        out.append(" |\n|---|").append("---:|".repeat(2 + ATTACKS.size() + BENIGN.size())).append('\n');
        for (ScoredSet set : sets) {
            out.append("| ").append(set.name()).append(" | ").append(cell(set.rate(thresholds, attack())));
            ATTACKS.forEach(kind -> out.append(" | ").append(cell(set.rate(thresholds, kind(kind)))));
            out.append(" | ").append(cell(set.rate(thresholds, benign())));
            BENIGN.forEach(kind -> out.append(" | ").append(cell(set.rate(thresholds, kind(kind)))));
            out.append(" |\n");
        }
        return out.toString();
    }

    static String byCategory(String title, List<ScoredSet> sets, InjectionGuardConfig.Thresholds thresholds) {
        List<Sample> samples = sets.getFirst().samples();
        StringBuilder out = new StringBuilder("\n").append(title).append("\n| category (TPR) |");
        sets.forEach(set -> out.append(' ').append(set.name()).append(" |"));
        out.append("\n|---|").append("---:|".repeat(sets.size())).append('\n');
        for (Kind kind : ATTACKS) {
            TreeSet<String> families = new TreeSet<>(samples.stream().filter(kind(kind)).map(Sample::family).toList());
            for (String name : families) {
                row(out, name + " (" + count(samples, family(name)) + ")", sets, set -> set.rate(thresholds, family(name)));
            }
        }
        return out.toString();
    }

    static String operatingPoints(String title, List<ScoredSet> sets, InjectionGuardConfig.Thresholds thresholds, double maxFalsePositiveRate) {
        StringBuilder out = new StringBuilder("\n").append(title).append('\n')
                .append("| layers | TPR at default thresholds | FPR at default | trigger-word FPR at default "
                        + "| threshold chosen on this set | TPR there | FPR there | trigger-word FPR there |\n|---|---:|---:|---:|---:|---:|---:|---:|\n");
        for (ScoredSet set : sets) {
            double threshold = set.bestThreshold(maxFalsePositiveRate);
            out.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s | %s |%n", set.name(), cell(set.rate(thresholds, attack())),
                    cell(set.rate(thresholds, benign())), cell(set.rate(thresholds, kind(Kind.TRIGGER_BENIGN))),
                    Double.isInfinite(threshold) ? "none" : String.format(Locale.ROOT, "%.4f", threshold), cell(set.rate(threshold, attack())),
                    cell(set.rate(threshold, benign())), cell(set.rate(threshold, kind(Kind.TRIGGER_BENIGN)))));
        }
        return out.toString();
    }

    private static void row(StringBuilder out, String label, List<ScoredSet> sets, java.util.function.ToDoubleFunction<ScoredSet> rate) {
        out.append("| ").append(label).append(" |");
        sets.forEach(set -> out.append(' ').append(cell(rate.applyAsDouble(set))).append(" |"));
        out.append('\n');
    }

    private static long count(List<Sample> samples, Predicate<Sample> which) {
        return samples.stream().filter(which).count();
    }

    private static String label(Kind kind) {
        return switch (kind) {
            case DIRECT -> "direct";
            case INDIRECT -> "indirect";
            case OBFUSCATED -> "obfuscated";
            case BENIGN -> "benign prompts";
            case TRIGGER_BENIGN -> "trigger-word prompts";
            case BENIGN_DOCUMENT -> "benign documents";
            case JAILBREAK_TEMPLATE -> "jailbreak templates";
        };
    }

    static String cell(double rate) {
        return Double.isNaN(rate) ? "–" : String.format(Locale.ROOT, "%.3f", rate);
    }
}
