package dev.aegis.pack.classification;

import dev.aegis.api.state.RunState;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Holds when any of the patterns is found in the conversation. */
record TextCondition(List<Pattern> patterns) implements Condition {

    // Letters, digits and underscores are word characters; lookarounds instead of \b so a keyword
    // that starts or ends with a symbol ("c++", ".env") still matches as a whole word.
    private static final String BEFORE = "(?<![\\p{L}\\p{N}_])";
    private static final String AFTER = "(?![\\p{L}\\p{N}_])";

    TextCondition {
        patterns = List.copyOf(patterns);
    }

    /** Whole words, case-insensitive, compiled into one alternation so the text is searched once. */
    static TextCondition keywords(List<String> keywords) {
        String alternatives = keywords.stream().map(String::strip).map(Pattern::quote).collect(Collectors.joining("|"));
        Pattern pattern = Pattern.compile(BEFORE + "(?:" + alternatives + ")" + AFTER, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        return new TextCondition(List.of(pattern));
    }

    /** Operator-written regular expressions, kept apart so back references keep their numbers. */
    static TextCondition patterns(List<Pattern> compiled) {
        return new TextCondition(compiled);
    }

    @Override
    public boolean holds(RunState state) {
        for (Pattern pattern : patterns) {
            if (PromptTexts.contain(state, pattern)) {
                return true;
            }
        }
        return false;
    }
}
