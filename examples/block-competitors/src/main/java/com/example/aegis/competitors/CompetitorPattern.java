package com.example.aegis.competitors;

import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The configured names compiled into one regular expression that finds them as whole words.
 * Immutable and thread-safe, like the {@link Pattern} it holds.
 */
final class CompetitorPattern {

    // Letters, digits and '_' glue words together; anything else (spaces, punctuation, the text's
    // edges) separates them. Lookarounds rather than \b so names that start or end with a symbol
    // ("C++", ".NET") are still whole words.
    private static final String WORD_CHARACTER = "[\\p{L}\\p{N}_]";

    private final Pattern pattern;
    private final int longestName;

    private CompetitorPattern(Pattern pattern, int longestName) {
        this.pattern = pattern;
        this.longestName = longestName;
    }

    static CompetitorPattern of(List<String> names, boolean caseSensitive) {
        if (names.isEmpty() || names.stream().anyMatch(String::isBlank)) {
            // The gateway's validation stops this at load; this guards code that builds a config itself.
            throw new IllegalArgumentException("names must hold at least one name, none of them blank");
        }
        String alternatives = names.stream()
                .map(String::strip)
                // longest first, so "Acme Corp" wins over "Acme" where both are configured
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote)
                .collect(Collectors.joining("|"));
        int flags = caseSensitive ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
        Pattern pattern = Pattern.compile("(?<!" + WORD_CHARACTER + ")(?:" + alternatives + ")(?!" + WORD_CHARACTER + ")", flags);
        return new CompetitorPattern(pattern, names.stream().mapToInt(name -> name.strip().length()).max().orElseThrow());
    }

    Matcher matcher(CharSequence text) {
        return pattern.matcher(text);
    }

    /** The length of the longest name, in characters. */
    int longestName() {
        return longestName;
    }
}
