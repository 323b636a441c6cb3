package dev.aegis.pack.llmguard.injection.internal.heuristic;

import java.util.List;
import java.util.regex.Pattern;

/**
 * One heuristic: a name for evidence, its score on its own, and its patterns, each tried only when
 * one of its anchor words appears (most text holds none, and a substring search is far cheaper than
 * a regex that starts with an alternation, which Java tries at every position).
 */
record Rule(String name, double weight, List<Guarded> patterns) {

    Rule {
        patterns = List.copyOf(patterns);
    }

    /** A pattern and the words of which one must appear before it is tried; none means always. */
    record Guarded(List<String> anchors, Pattern pattern, String[] anchorArray, int[] firstPairs, int[] lastPairs) {

        static final int REACH = 320;

        Guarded(List<String> anchors, Pattern pattern) {
            this(List.copyOf(anchors), pattern, anchors.toArray(String[]::new),
                    anchors.stream().mapToInt(anchor -> anchor.length() < 2 ? -1 : CharPairs.of(anchor.charAt(0), anchor.charAt(1))).toArray(),
                    anchors.stream().mapToInt(anchor -> anchor.length() < 2 ? -1
                            : CharPairs.of(anchor.charAt(anchor.length() - 2), anchor.charAt(anchor.length() - 1))).toArray());
        }

        /**
         * Where the pattern can start matching: {@value #REACH} characters before the first anchor
         * found (no pattern's match reaches further back from its anchor); 0 without anchors, -1
         * when no anchor appears. An anchor whose first or last two characters are not among
         * {@code pairs} (the text's) cannot appear, so it is not searched for.
         */
        int from(String folded, CharPairs pairs) {
            if (anchorArray.length == 0) {
                return 0;
            }
            int first = -1;
            for (int i = 0; i < anchorArray.length; i++) {
                if (firstPairs[i] >= 0 && !(pairs.contains(firstPairs[i]) && pairs.contains(lastPairs[i]))) {
                    continue;
                }
                int at = folded.indexOf(anchorArray[i]);
                if (at >= 0 && (first < 0 || at < first)) {
                    first = at;
                }
            }
            return first < 0 ? -1 : Math.max(0, first - REACH);
        }
    }
}
