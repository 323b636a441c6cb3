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

    public static Kind[] attacks() {
        return java.util.Arrays.stream(Kind.values()).filter(Kind::attack).toArray(Kind[]::new);
    }

    public static Kind[] benign() {
        return java.util.Arrays.stream(Kind.values()).filter(kind -> !kind.attack()).toArray(Kind[]::new);
    }

    /** A Markdown table of the full TPR, FPR and trigger-word FPR of {@code scanner} on {@code samples} at thresholds 0.3 to 0.9, the same for every target. */
    public static String sweep(String title, dev.aegis.pack.llmguard.injection.internal.InjectionScanner scanner, List<Sample> samples) {
        double[] scores = samples.stream().mapToDouble(sample -> scanner.assess(sample.text()).score()).toArray();
        StringBuilder table = new StringBuilder("\n").append(title).append("\n| threshold | TPR | FPR | trigger-word FPR | benign-document FPR |\n|---:|---:|---:|---:|---:|\n");
        for (double threshold = 0.3; threshold < 0.95; threshold += 0.1) {
            int[] flagged = new int[4];
            int[] total = new int[4];
            for (int i = 0; i < scores.length; i++) {
                Sample sample = samples.get(i);
                boolean hit = scores[i] >= threshold;
                int group = sample.attack() ? 0 : 1;
                flagged[group] += hit ? 1 : 0;
                total[group]++;
                int detail = sample.kind() == Kind.TRIGGER_BENIGN ? 2 : sample.kind() == Kind.BENIGN_DOCUMENT ? 3 : -1;
                if (detail > 0) {
                    flagged[detail] += hit ? 1 : 0;
                    total[detail]++;
                }
            }
            table.append(String.format(Locale.ROOT, "| %.1f | %s | %s | %s | %s |%n", threshold, cell((double) flagged[0] / total[0]),
                    cell((double) flagged[1] / total[1]), cell((double) flagged[2] / total[2]), cell((double) flagged[3] / total[3])));
        }
        return table.toString();
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
