package dev.aegis.pack.llmguard.scanners;

import dev.aegis.api.guard.ScanTarget;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Positive;
import java.util.List;
import java.util.Set;

/**
 * Configuration of {@code banned-substrings}: competitor names, project code names, words a route
 * must not carry. Matched on the normalised view, ignoring case and look-alike letters of other
 * scripts, so {@code ＡＣＭＥ}, {@code Ac\u200Bme} and a Cyrillic {@code Асме} all match {@code acme}.
 *
 * @param rules each a name (what evidence reports) and its substrings
 * @param action for rules that name none: {@code block} by default; {@code sanitize} replaces each
 *     match with {@code replacement}; {@code require-approval}; {@code flag}
 * @param wholeWords true by default: a match must not be part of a longer word ({@code acme} does not
 *     match {@code acmeville}); false matches anywhere
 * @param replacement what {@code sanitize} puts in place of a match; {@code [REDACTED]} by default
 * @param targets what to scan; everything by default
 * @param window characters held back when an answer streams; by default four times the longest
 *     substring and at least 64, room for a match padded with invisible characters or spaces
 */
public record BannedSubstringsConfig(@NotEmpty List<@Valid Rule> rules, ScannerAction action, Boolean wholeWords, String replacement,
        Set<ScanTarget> targets, @Positive @Max(65536) Integer window) {

    public BannedSubstringsConfig {
        rules = rules == null ? List.of() : List.copyOf(rules);
        action = action == null ? ScannerAction.BLOCK : action;
        wholeWords = wholeWords == null || wholeWords;
        replacement = replacement == null ? "[REDACTED]" : replacement;
        targets = targets == null || targets.isEmpty() ? Set.of(ScanTarget.values()) : Set.copyOf(targets);
        window = window == null ? defaultWindow(rules) : window;
    }

    /**
     * @param name reported as the evidence's rule, e.g. {@code competitors}; the substrings themselves never are
     * @param substrings the words or phrases, matched as the configuration says
     * @param action this rule's own action, in place of the scanner's
     */
    public record Rule(@NotBlank String name, @NotEmpty List<@NotBlank String> substrings, ScannerAction action) {
        public Rule {
            substrings = substrings == null ? List.of() : List.copyOf(substrings);
        }

        public Rule(String name, List<String> substrings) {
            this(name, substrings, null);
        }
    }

    private static int defaultWindow(List<Rule> rules) {
        int longest = rules.stream().flatMap(rule -> rule.substrings().stream()).mapToInt(String::length).max().orElse(0);
        return Math.min(65536, Math.max(64, 4 * longest));
    }
}
