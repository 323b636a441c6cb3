package dev.aegis.pack.llmguard.scanners.internal;

import dev.aegis.api.guard.Content;
import dev.aegis.api.guard.Evidence;
import dev.aegis.api.guard.Guardrail;
import dev.aegis.api.guard.ScanTarget;
import dev.aegis.api.guard.StreamingGuarantee;
import dev.aegis.api.guard.Verdict;
import dev.aegis.api.state.RunState;
import dev.aegis.pack.llmguard.scanners.InvisibleClass;
import dev.aegis.pack.llmguard.scanners.InvisibleTextConfig;
import dev.aegis.pack.llmguard.scanners.ScannerAction;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code invisible-text}: reports invisible characters by class, with counts, and removes them on
 * {@code sanitize}. Reads the raw text: the normalised view is exactly the text without them.
 */
public final class InvisibleTextGuard implements Guardrail {

    /**
     * Characters held back when an answer streams: every decision looks at most at a subdivision
     * flag (🏴, up to 32 tags and the cancel tag) or a run of selectors, so a window this wide sees
     * each character with all it is judged by before the character is released.
     */
    static final int WINDOW = 72;

    private final InvisibleCharacters finder;
    private final ScannerAction action;
    private final Set<ScanTarget> targets;

    public InvisibleTextGuard(InvisibleTextConfig config) {
        this.finder = new InvisibleCharacters(config.classes(), config.variationSelectorRun());
        this.action = config.action();
        this.targets = config.targets();
    }

    @Override
    public Verdict scan(Content content, RunState state) {
        String text = content.text();
        List<InvisibleCharacters.Found> found = finder.find(text, content.partial());
        if (found.isEmpty()) {
            return Verdict.allow();
        }
        List<Evidence> evidence = evidence(found);
        String classes = evidence.stream().map(Evidence::rule).collect(Collectors.joining(", "));
        return Outcome.of(action, evidence, "invisible characters (" + classes + ")", () -> without(text, found));
    }

    @Override
    public StreamingGuarantee streaming() {
        return Outcome.streaming(action, StreamingGuarantee.window(WINDOW));
    }

    @Override
    public Set<ScanTarget> targets() {
        return targets;
    }

    /** The kebab-case name of a class, as configured and reported. */
    static String ruleName(InvisibleClass kind) {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    // One piece of evidence per class: how many characters, spanning the first to the last.
    private static List<Evidence> evidence(List<InvisibleCharacters.Found> found) {
        Map<InvisibleClass, int[]> byClass = new EnumMap<>(InvisibleClass.class);
        for (InvisibleCharacters.Found one : found) {
            int[] tally = byClass.computeIfAbsent(one.kind(), kind -> new int[] {0, one.start(), one.end()});
            tally[0] += one.characters();
            tally[2] = one.end();
        }
        List<Evidence> evidence = new ArrayList<>();
        byClass.forEach((kind, tally) -> evidence.add(new Evidence(ruleName(kind),
                tally[0] + " " + ruleName(kind) + " character" + (tally[0] == 1 ? "" : "s"), tally[1], tally[2])));
        return evidence;
    }

    private static String without(String text, List<InvisibleCharacters.Found> found) {
        StringBuilder kept = new StringBuilder(text.length());
        int copied = 0;
        for (InvisibleCharacters.Found one : found) {
            kept.append(text, copied, one.start());
            copied = one.end();
        }
        return kept.append(text, copied, text.length()).toString();
    }
}
