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
    record Guarded(List<String> anchors, Pattern pattern) {

        static final int REACH = 320;

        Guarded {
            anchors = List.copyOf(anchors);
        }

        /**
         * Where the pattern can start matching: {@value #REACH} characters before the first anchor
         * found (no pattern's match reaches further back from its anchor); 0 without anchors, -1
         * when no anchor appears.
         */
        int from(String folded) {
            if (anchors.isEmpty()) {
                return 0;
            }
            int first = -1;
            for (String anchor : anchors) {
                int at = folded.indexOf(anchor);
                if (at >= 0 && (first < 0 || at < first)) {
                    first = at;
                }
            }
            return first < 0 ? -1 : Math.max(0, first - REACH);
        }
    }
}
