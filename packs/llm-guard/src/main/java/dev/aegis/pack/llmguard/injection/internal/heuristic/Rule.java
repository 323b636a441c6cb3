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

        Guarded {
            anchors = List.copyOf(anchors);
        }

        boolean anchored(String folded) {
            if (anchors.isEmpty()) {
                return true;
            }
            for (String anchor : anchors) {
                if (folded.contains(anchor)) {
                    return true;
                }
            }
            return false;
        }
    }
}
