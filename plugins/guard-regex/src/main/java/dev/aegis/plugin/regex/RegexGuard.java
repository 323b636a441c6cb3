package dev.aegis.plugin.regex;

import dev.aegis.api.guard.Content;
import dev.aegis.api.guard.Evidence;
import dev.aegis.api.guard.Guardrail;
import dev.aegis.api.guard.NormalizedText;
import dev.aegis.api.guard.ScanTarget;
import dev.aegis.api.guard.StreamingGuarantee;
import dev.aegis.api.guard.Verdict;
import dev.aegis.api.state.RunState;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Matches operator-written patterns. Evidence names the rule and the span, never the matched text.
 * Rules match the content's normalised view unless they say {@code normalize: false}; evidence spans
 * and replacements are in the original text either way.
 */
final class RegexGuard implements Guardrail {

    /** Stands for the raw text, for rules that say {@code normalize: false}. */
    private static final NormalizedText RAW = NormalizedText.of("");

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
        NormalizedText normalized = null;
        for (CompiledRule rule : rules) {
            if (!rule.appliesTo(content)) {
                continue;
            }
            if (rule.normalize() && normalized == null) {
                normalized = content.normalized();
            }
            NormalizedText view = rule.normalize() ? normalized : RAW;
            Matcher matcher = rule.pattern().matcher(view == RAW ? content.text() : view.text());
            List<Evidence> found = switch (rule.rule().action()) {
                case BLOCK -> blocks;
                case REQUIRE_APPROVAL -> approvals;
                case SANITIZE -> sanitized;
            };
            while (matcher.find()) {
                int start = originalStart(view, matcher);
                found.add(new Evidence(rule.rule().name(), "<match of " + rule.rule().name() + ">", start, originalEnd(view, matcher, start)));
            }
        }
        if (!blocks.isEmpty()) {
            return Verdict.block("content matched a blocked pattern (" + blocks.getFirst().rule() + ")", blocks);
        }
        if (!approvals.isEmpty()) {
            return Verdict.requireApproval("content matched a pattern that needs approval (" + approvals.getFirst().rule() + ")", approvals);
        }
        if (!sanitized.isEmpty()) {
            return Verdict.sanitize(sanitize(content, normalized), sanitized);
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

    // Rule by rule, each seeing what the ones before it left; a match's whole original stretch is replaced.
    private String sanitize(Content content, NormalizedText normalized) {
        String result = content.text();
        for (CompiledRule rule : rules) {
            if (rule.rule().action() != RegexGuardConfig.Action.SANITIZE || !rule.appliesTo(content)) {
                continue;
            }
            // the scan's view still fits while no rule before has replaced anything
            NormalizedText view = !rule.normalize() ? RAW : result == content.text() && normalized != null ? normalized : NormalizedText.of(result);
            if (view == RAW || view.unchanged()) {
                result = rule.pattern().matcher(result).replaceAll(Matcher.quoteReplacement(rule.rule().replacement()));
                continue;
            }
            Matcher matcher = rule.pattern().matcher(view.text());
            StringBuilder out = new StringBuilder(result.length());
            int copied = 0;
            while (matcher.find()) {
                int start = Math.max(copied, originalStart(view, matcher));
                out.append(result, copied, start).append(rule.rule().replacement());
                copied = Math.max(start, originalEnd(view, matcher, start));
            }
            result = out.append(result, copied, result.length()).toString();
        }
        return result;
    }

    private static int originalStart(NormalizedText view, Matcher match) {
        return view == RAW ? match.start() : view.originalStart(match.start());
    }

    // An empty match stays empty where it starts.
    private static int originalEnd(NormalizedText view, Matcher match, int start) {
        if (view == RAW) {
            return match.end();
        }
        return match.end() == match.start() ? start : view.originalEnd(match.end());
    }

    private record CompiledRule(RegexGuardConfig.Rule rule, Pattern pattern, List<Pattern> tools) {
        static CompiledRule of(RegexGuardConfig.Rule rule) {
            int flags = rule.caseSensitive() ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
            return new CompiledRule(rule, Pattern.compile(rule.pattern(), flags), rule.tools().stream().map(CompiledRule::glob).toList());
        }

        boolean normalize() {
            return rule.normalize();
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
