package dev.aegis.pack.pii.evaluation;

import dev.aegis.pack.pii.EntityType;
import dev.aegis.pack.pii.internal.recognize.Span;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Span-level precision and recall per entity type. Overlap matching: a finding is correct when it
 * overlaps a gold span of the same type, and a gold span is found when a finding of its type overlaps
 * it. Exact matches (same start and end) are counted as well and reported beside.
 */
public final class Scoreboard {

    /** Counts for one entity type. */
    public static final class Counts {
        int findings;
        int correctFindings;
        int gold;
        int found;
        int exact;

        public double precision() {
            return findings == 0 ? 1 : (double) correctFindings / findings;
        }

        public double recall() {
            return gold == 0 ? 1 : (double) found / gold;
        }

        public double exactRecall() {
            return gold == 0 ? 1 : (double) exact / gold;
        }

        public int gold() {
            return gold;
        }

        public int findings() {
            return findings;
        }
    }

    private final Map<EntityType, Counts> counts = new EnumMap<>(EntityType.class);
    private final List<String> mistakes = new ArrayList<>();
    private int samples;

    public void add(LabelledText sample, List<Span> findings) {
        samples++;
        for (Span finding : findings) {
            Counts of = of(finding.type());
            of.findings++;
            if (sample.gold().stream().anyMatch(gold -> gold.type() == finding.type() && overlaps(gold, finding))) {
                of.correctFindings++;
            } else {
                mistakes.add("false " + finding.type() + " [" + finding.textIn(sample.text()) + "] in: " + sample.text());
            }
        }
        for (LabelledText.Gold gold : sample.gold()) {
            Counts of = of(gold.type());
            of.gold++;
            if (findings.stream().anyMatch(finding -> finding.type() == gold.type() && overlaps(gold, finding))) {
                of.found++;
            } else {
                mistakes.add("missed " + gold.type() + " [" + sample.text().substring(gold.start(), gold.end()) + "] in: " + sample.text());
            }
            if (findings.stream().anyMatch(finding -> finding.type() == gold.type() && finding.start() == gold.start() && finding.end() == gold.end())) {
                of.exact++;
            }
        }
    }

    public Counts of(EntityType type) {
        return counts.computeIfAbsent(type, unused -> new Counts());
    }

    /** Every false finding and missed entity, quoted: for tuning on the generated corpus, never for real data. */
    public List<String> mistakes() {
        return mistakes;
    }

    public int samples() {
        return samples;
    }

    /** A Markdown table, one row per entity type seen. */
    public String table(String title) {
        StringBuilder table = new StringBuilder(title).append(" (").append(samples).append(" samples)\n")
                .append("| entity | gold | found | precision | recall | exact-span recall |\n")
                .append("|---|---:|---:|---:|---:|---:|\n");
        counts.forEach((type, of) -> table.append(String.format(Locale.ROOT, "| %s | %d | %d | %.3f | %.3f | %.3f |%n",
                type.name(), of.gold, of.findings, of.precision(), of.recall(), of.exactRecall())));
        return table.toString();
    }

    private static boolean overlaps(LabelledText.Gold gold, Span finding) {
        return gold.start() < finding.end() && finding.start() < gold.end();
    }
}
