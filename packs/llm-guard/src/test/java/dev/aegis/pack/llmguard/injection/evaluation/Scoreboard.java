package dev.aegis.pack.llmguard.injection.evaluation;

import dev.aegis.pack.llmguard.injection.corpus.Sample;
import dev.aegis.pack.llmguard.injection.corpus.Sample.Kind;
import dev.aegis.pack.llmguard.injection.InjectionGuardConfig;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** How one detector did on a labelled set at the guard's thresholds: flagged and total per kind of sample. */
public final class Scoreboard {

    private final String name;
    private final Map<Kind, int[]> counts = new EnumMap<>(Kind.class);
    private final List<String> mistakes = new ArrayList<>();

    private Scoreboard(String name) {
        this.name = name;
    }

    public static Scoreboard score(Detector detector, List<Sample> samples, InjectionGuardConfig.Thresholds thresholds) {
        Scoreboard board = new Scoreboard(detector.name());
        for (Sample sample : samples) {
            double score = detector.scanner().assess(sample.text()).score();
            boolean flagged = score >= thresholds.of(sample.target());
            int[] count = board.counts.computeIfAbsent(sample.kind(), kind -> new int[2]);
            count[0] += flagged ? 1 : 0;
            count[1]++;
            if (flagged != sample.attack()) {
                board.mistakes.add(String.format(Locale.ROOT, "%s %.2f %s/%s: %s", flagged ? "FP" : "FN", score, sample.kind(), sample.family(),
                        sample.text().replace("\n", "\\n").substring(0, Math.min(160, sample.text().length()))));
            }
        }
        return board;
    }

    public String name() {
        return name;
    }

    /** Flagged / total over the given kinds. */
    public double rate(Kind... kinds) {
        int flagged = 0;
        int total = 0;
        for (Kind kind : kinds) {
            int[] count = counts.getOrDefault(kind, new int[2]);
            flagged += count[0];
            total += count[1];
        }
        return total == 0 ? Double.NaN : (double) flagged / total;
    }

    public int total(Kind... kinds) {
        int total = 0;
        for (Kind kind : kinds) {
            total += counts.getOrDefault(kind, new int[2])[1];
        }
        return total;
    }

    public double truePositiveRate() {
        return rate(attacks());
    }

    public double falsePositiveRate() {
        return rate(benign());
    }

    public List<String> mistakes() {
        return List.copyOf(mistakes);
    }

    static Kind[] attacks() {
        return java.util.Arrays.stream(Kind.values()).filter(Kind::attack).toArray(Kind[]::new);
    }

    static Kind[] benign() {
        return java.util.Arrays.stream(Kind.values()).filter(kind -> !kind.attack()).toArray(Kind[]::new);
    }

    /** A Markdown table: one row per detector, TPR per kind of attack, FPR per kind of benign text. */
    public static String table(String title, List<Scoreboard> boards) {
        StringBuilder out = new StringBuilder("\n").append(title).append('\n');
        Scoreboard first = boards.getFirst();
        out.append(String.format(Locale.ROOT, "| layers | TPR all (%d) | direct (%d) | jailbreak templates (%d) | indirect (%d) | obfuscated (%d) "
                        + "| FPR all (%d) | benign prompts (%d) | trigger-word prompts (%d) | benign documents (%d) |%n",
                first.total(attacks()), first.total(Kind.DIRECT), first.total(Kind.JAILBREAK_TEMPLATE), first.total(Kind.INDIRECT),
                first.total(Kind.OBFUSCATED), first.total(benign()), first.total(Kind.BENIGN), first.total(Kind.TRIGGER_BENIGN),
                first.total(Kind.BENIGN_DOCUMENT)));
        out.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Scoreboard board : boards) {
            out.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |%n", board.name,
                    cell(board.truePositiveRate()), cell(board.rate(Kind.DIRECT)), cell(board.rate(Kind.JAILBREAK_TEMPLATE)),
                    cell(board.rate(Kind.INDIRECT)), cell(board.rate(Kind.OBFUSCATED)), cell(board.falsePositiveRate()),
                    cell(board.rate(Kind.BENIGN)), cell(board.rate(Kind.TRIGGER_BENIGN)), cell(board.rate(Kind.BENIGN_DOCUMENT))));
        }
        return out.toString();
    }

    private static String cell(double rate) {
        return Double.isNaN(rate) ? "–" : String.format(Locale.ROOT, "%.3f", rate);
    }
}
