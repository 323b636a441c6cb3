package dev.aegis.pack.llmguard.injection.internal.heuristic;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * The heuristic layer: instruction overrides, role-play and "developer mode" framings, system-prompt
 * exfiltration, chat-template and delimiter injection, orders addressed to an AI inside data; in
 * English, German, French and Spanish. Its score is the noisy-or of the weights of the rules that
 * matched, each rule counted once.
 */
public final class Heuristics {

    private final List<Rule> rules;
    // the same, as arrays: the scan loops over them without allocating iterators
    private final Rule[] ruleArray;
    private final Rule.Guarded[][] patternArrays;

    private Heuristics(List<Rule> rules) {
        this.rules = rules;
        this.ruleArray = rules.toArray(Rule[]::new);
        this.patternArrays = rules.stream().map(rule -> rule.patterns().toArray(Rule.Guarded[]::new)).toArray(Rule.Guarded[][]::new);
    }

    /** The rules packaged with the pack. */
    public static Heuristics standard() {
        return new Heuristics(RuleBook.load());
    }

    /** How many rules there are. */
    public int size() {
        return rules.size();
    }

    /** Every rule that matches {@code folded}, at its first match. */
    public List<RuleHit> find(String folded) {
        List<RuleHit> hits = null;
        CharPairs pairs = CharPairs.of(folded);
        for (int r = 0; r < ruleArray.length; r++) {
            Rule rule = ruleArray[r];
            for (Rule.Guarded guarded : patternArrays[r]) {
                int from = guarded.from(folded, pairs);
                if (from < 0) {
                    continue;
                }
                Matcher matcher = guarded.pattern().matcher(folded).region(from, folded.length()).useTransparentBounds(true);
                if (matcher.find()) {
                    if (hits == null) {
                        hits = new ArrayList<>(4);
                    }
                    hits.add(new RuleHit(rule.name(), rule.weight(), matcher.start(), matcher.end()));
                    break;
                }
            }
        }
        return hits == null ? List.of() : hits;
    }

    /** The noisy-or of the hits' weights: the chance that at least one of them is right. */
    public static double score(List<RuleHit> hits) {
        double none = 1;
        for (RuleHit hit : hits) {
            none *= 1 - hit.weight();
        }
        return 1 - none;
    }
}
