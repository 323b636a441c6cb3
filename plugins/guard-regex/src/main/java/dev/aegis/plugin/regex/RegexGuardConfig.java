package dev.aegis.plugin.regex;

import dev.aegis.api.guard.ScanTarget;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Positive;
import java.util.List;
import java.util.Set;

/**
 * @param rules checked in order; the strictest matching action wins (block, then approval, then sanitize)
 * @param targets what to scan; everything by default
 * @param window characters held back when a response streams: the longest match the guard can stop
 */
public record RegexGuardConfig(@NotEmpty List<@Valid Rule> rules, Set<ScanTarget> targets, @Positive @Max(65536) Integer window) {

    public RegexGuardConfig {
        rules = rules == null ? List.of() : List.copyOf(rules);
        targets = targets == null || targets.isEmpty() ? Set.of(ScanTarget.values()) : Set.copyOf(targets);
        window = window == null ? 256 : window;
    }

    /**
     * @param name reported as the evidence's rule
     * @param pattern a Java regular expression
     * @param replacement for {@code sanitize}; {@code [REDACTED]} by default
     * @param caseSensitive false by default
     * @param tools when present, the rule applies only to the arguments and results of tools whose
     *     names match one of these glob patterns ({@code *}, {@code ?}), e.g. {@code [delete_*]}
     * @param normalize true by default: the pattern is matched against the content's normalised view
     *     (invisible characters removed, whitespace runs folded to one space, NFKC, ASCII digits), and
     *     a sanitize replaces the original stretch a match came from; false matches the raw text, for
     *     patterns that look for the invisible characters or the whitespace themselves
     */
    public record Rule(@NotBlank String name, @NotBlank String pattern, Action action, String replacement, Boolean caseSensitive,
            List<@NotBlank String> tools, Boolean normalize) {
        public Rule {
            tools = tools == null ? List.of() : List.copyOf(tools);
            action = action == null ? Action.BLOCK : action;
            replacement = replacement == null ? "[REDACTED]" : replacement;
            caseSensitive = caseSensitive != null && caseSensitive;
            normalize = normalize == null || normalize;
        }

        public Rule(String name, String pattern, Action action, String replacement, Boolean caseSensitive, List<String> tools) {
            this(name, pattern, action, replacement, caseSensitive, tools, true);
        }

        public Rule(String name, String pattern, Action action, String replacement, Boolean caseSensitive) {
            this(name, pattern, action, replacement, caseSensitive, List.of(), true);
        }
    }

    public enum Action {
        BLOCK,
        REQUIRE_APPROVAL,
        SANITIZE
    }
}
