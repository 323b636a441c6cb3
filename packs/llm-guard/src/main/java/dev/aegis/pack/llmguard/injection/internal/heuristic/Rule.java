package dev.aegis.pack.llmguard.injection.internal.heuristic;

import java.util.List;
import java.util.regex.Pattern;

/**
 * One heuristic: a name for evidence, its score on its own, the words of which at least one must
 * appear before its pattern is tried (most text holds none, and a substring search is far cheaper
 * than a regex), and the pattern.
 */
record Rule(String name, double weight, List<String> anchors, Pattern pattern) {

    Rule {
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
