package dev.aegis.pack.classification;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Turns configured rules into compiled ones, rejecting at load what would misbehave at run time:
 * duplicate or reserved names, rules that state no condition, blank keywords, invalid patterns.
 */
final class RuleCompiler {

    private RuleCompiler() {}

    /** @throws IllegalArgumentException naming the rule and its position in {@code rules} */
    static List<CompiledRule> compile(List<ClassifyConfig.Rule> rules) {
        List<CompiledRule> compiled = new ArrayList<>(rules.size());
        Set<String> names = new HashSet<>();
        for (int i = 0; i < rules.size(); i++) {
            ClassifyConfig.Rule rule = rules.get(i);
            String where = "rules[" + i + "] ('" + rule.name() + "')";
            if (Classification.RESERVED_REASONS.contains(rule.name())) {
                throw new IllegalArgumentException(where + ": the name is reserved for " + Classification.RESERVED_REASONS);
            }
            if (!names.add(rule.name())) {
                throw new IllegalArgumentException(where + ": another rule has the same name");
            }
            if (rule.when().statesNothing()) {
                throw new IllegalArgumentException(where + ": 'when' states no condition; use default-level for what applies to every request");
            }
            compiled.add(new CompiledRule(rule.name(), rule.level(), conditions(rule.when(), where)));
        }
        return List.copyOf(compiled);
    }

    private static List<Condition> conditions(ClassifyConfig.When when, String where) {
        List<Condition> conditions = new ArrayList<>();
        when.principal().filter(match -> !match.statesNothing()).map(PrincipalCondition::of).ifPresent(conditions::add);
        if (!when.label().isEmpty()) {
            conditions.add(new LabelCondition(when.label()));
        }
        if (when.anyPii()) {
            conditions.add(PiiCondition.any());
        }
        if (!when.pii().isEmpty()) {
            conditions.add(new PiiCondition(when.pii()));
        }
        if (!when.keywords().isEmpty()) {
            if (when.keywords().stream().anyMatch(String::isBlank)) {
                throw new IllegalArgumentException(where + ": keywords must not be blank");
            }
            conditions.add(TextCondition.keywords(when.keywords()));
        }
        if (!when.patterns().isEmpty()) {
            conditions.add(TextCondition.patterns(patterns(when.patterns(), where)));
        }
        return conditions;
    }

    private static List<Pattern> patterns(List<String> patterns, String where) {
        List<Pattern> compiled = new ArrayList<>(patterns.size());
        for (String pattern : patterns) {
            try {
                compiled.add(Pattern.compile(pattern));
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException(where + ": invalid pattern: " + e.getDescription());
            }
        }
        return compiled;
    }
}
