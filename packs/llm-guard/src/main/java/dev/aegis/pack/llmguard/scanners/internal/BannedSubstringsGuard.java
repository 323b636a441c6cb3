package dev.aegis.pack.llmguard.scanners.internal;

import dev.aegis.api.guard.Content;
import dev.aegis.api.guard.Evidence;
import dev.aegis.api.guard.Guardrail;
import dev.aegis.api.guard.ScanTarget;
import dev.aegis.api.guard.StreamingGuarantee;
import dev.aegis.api.guard.Verdict;
import dev.aegis.api.state.RunState;
import dev.aegis.pack.llmguard.scanners.BannedSubstringsConfig;
import dev.aegis.pack.llmguard.scanners.ScannerAction;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * {@code banned-substrings}: every rule's substrings in one matcher over the normalised view; the
 * strictest action among the rules that matched decides, and {@code sanitize} replaces the whole
 * original stretch each match came from.
 */
public final class BannedSubstringsGuard implements Guardrail {

    private final List<BannedSubstringsConfig.Rule> rules;
    private final ScannerAction[] actions;
    // the rule each phrase of the matcher belongs to
    private final int[] ruleOf;
    private final PhraseMatcher matcher;
    private final String replacement;
    private final Set<ScanTarget> targets;
    private final StreamingGuarantee streaming;

    public BannedSubstringsGuard(BannedSubstringsConfig config) {
        this.rules = config.rules();
        this.actions = rules.stream().map(rule -> rule.action() == null ? config.action() : rule.action()).toArray(ScannerAction[]::new);
        List<String> phrases = new ArrayList<>();
        List<Integer> owners = new ArrayList<>();
        for (int r = 0; r < rules.size(); r++) {
            for (String substring : rules.get(r).substrings()) {
                phrases.add(substring);
                owners.add(r);
            }
        }
        this.ruleOf = owners.stream().mapToInt(Integer::intValue).toArray();
        this.matcher = new PhraseMatcher(phrases, config.wholeWords());
        this.replacement = config.replacement();
        this.targets = config.targets();
        ScannerAction strictest = Severity.strictest(List.of(actions));
        this.streaming = Outcome.streaming(strictest, StreamingGuarantee.window(config.window()));
    }

    @Override
    public Verdict scan(Content content, RunState state) {
        List<PhraseMatcher.Match> matches = matcher.findIn(content.normalized());
        if (matches.isEmpty()) {
            return Verdict.allow();
        }
        List<Evidence> evidence = new ArrayList<>(matches.size());
        List<ScanAction> acted = new ArrayList<>();
        for (PhraseMatcher.Match match : matches) {
            int rule = ruleOf[match.phrase()];
            String name = rules.get(rule).name();
            evidence.add(new Evidence(name, "<banned substring of " + name + ">", match.start(), match.end()));
            acted.add(new ScanAction(actions[rule], name));
        }
        ScanAction decisive = acted.stream().max(Comparator.comparingInt(a -> Severity.rank(a.action()))).orElseThrow();
        return Outcome.of(decisive.action(), evidence, "a banned substring (" + decisive.rule() + ")",
                () -> Spans.replace(content.text(), matches.stream().map(m -> new Spans.Span(m.start(), m.end())).toList(), replacement));
    }

    @Override
    public StreamingGuarantee streaming() {
        return streaming;
    }

    @Override
    public Set<ScanTarget> targets() {
        return targets;
    }

    private record ScanAction(ScannerAction action, String rule) {}
}
