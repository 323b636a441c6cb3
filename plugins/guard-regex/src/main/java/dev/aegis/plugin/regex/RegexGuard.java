package dev.aegis.plugin.regex;

import dev.aegis.api.guard.Content;
import dev.aegis.api.guard.Evidence;
import dev.aegis.api.guard.Guardrail;
import dev.aegis.api.guard.ScanTarget;
import dev.aegis.api.guard.StreamingGuarantee;
import dev.aegis.api.guard.Verdict;
import dev.aegis.api.state.RunState;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Matches operator-written patterns. Evidence names the rule and the span, never the matched text. */
final class RegexGuard implements Guardrail {

    private final List<CompiledRule> rules;
    private final Set<ScanTarget> targets;
    private final int window;

    RegexGuard(RegexGuardConfig config) {
        this.rules = config.rules().stream().map(CompiledRule::of).toList();
        this.targets = config.targets();
        this.window = config.window();
    }

    @Override
    public Verdict scan(Content content, RunState state) {
        List<Evidence> blocks = new ArrayList<>();
        List<Evidence> approvals = new ArrayList<>();
        List<Evidence> sanitized = new ArrayList<>();
        String text = content.text();
        for (CompiledRule rule : rules) {
            if (!rule.appliesTo(content)) {
                continue;
            }
            Matcher matcher = rule.pattern().matcher(text);
            List<Evidence> found = switch (rule.rule().action()) {
                case BLOCK -> blocks;
                case REQUIRE_APPROVAL -> approvals;
                case SANITIZE -> sanitized;
            };
            while (matcher.find()) {
                found.add(new Evidence(rule.rule().name(), "<match of " + rule.rule().name() + ">", matcher.start(), matcher.end()));
            }
        }
        if (!blocks.isEmpty()) {
            return Verdict.block("content matched a blocked pattern (" + blocks.getFirst().rule() + ")", blocks);
        }
        if (!approvals.isEmpty()) {
            return Verdict.requireApproval("content matched a pattern that needs approval (" + approvals.getFirst().rule() + ")", approvals);
        }
        if (!sanitized.isEmpty()) {
            return Verdict.sanitize(sanitize(content), sanitized);
        }
        return Verdict.allow();
    }

    @Override
    public StreamingGuarantee streaming() {
        return StreamingGuarantee.window(window);
    }

    @Override
    public Set<ScanTarget> targets() {
        return targets;
    }

    private String sanitize(Content content) {
        String result = content.text();
        for (CompiledRule rule : rules) {
            if (rule.rule().action() == RegexGuardConfig.Action.SANITIZE && rule.appliesTo(content)) {
                result = rule.pattern().matcher(result).replaceAll(Matcher.quoteReplacement(rule.rule().replacement()));
            }
        }
        return result;
    }

    private record CompiledRule(RegexGuardConfig.Rule rule, Pattern pattern, List<Pattern> tools) {
        static CompiledRule of(RegexGuardConfig.Rule rule) {
            int flags = rule.caseSensitive() ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
            return new CompiledRule(rule, Pattern.compile(rule.pattern(), flags), rule.tools().stream().map(CompiledRule::glob).toList());
        }

        boolean appliesTo(Content content) {
            return tools.isEmpty() || content.tool().filter(name -> tools.stream().anyMatch(glob -> glob.matcher(name).matches())).isPresent();
        }

        private static Pattern glob(String glob) {
            StringBuilder regex = new StringBuilder();
            for (char c : glob.toCharArray()) {
                regex.append(switch (c) {
                    case '*' -> ".*";
                    case '?' -> ".";
                    default -> Pattern.quote(String.valueOf(c));
                });
            }
            return Pattern.compile(regex.toString());
        }
    }
}
