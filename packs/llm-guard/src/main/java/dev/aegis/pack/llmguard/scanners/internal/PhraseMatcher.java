package dev.aegis.pack.llmguard.scanners.internal;

import dev.aegis.api.guard.NormalizedText;
import dev.aegis.pack.llmguard.internal.Confusables;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds many phrases in one pass over a text (Aho–Corasick), case-insensitively and through
 * look-alike letters: phrases and text are both {@linkplain Confusables#fold folded}. With whole
 * words, a match must not continue a word on either side (a phrase that starts or ends with a
 * letter of a script written without spaces, such as Han or Thai, needs no boundary there).
 */
final class PhraseMatcher {

    /** A phrase found: its index in the list given, and its span in the text scanned. */
    record Match(int phrase, int start, int end) {}

    private static final class Node {
        final Map<Character, Node> next = new HashMap<>();
        Node fail;
        final List<Integer> phrases = new ArrayList<>();
    }

    private final Node root = new Node();
    private final int[] lengths;
    private final boolean wholeWords;

    PhraseMatcher(List<String> phrases, boolean wholeWords) {
        this.wholeWords = wholeWords;
        this.lengths = new int[phrases.size()];
        for (int i = 0; i < phrases.size(); i++) {
            String phrase = fold(phrases.get(i));
            lengths[i] = phrase.length();
            Node node = root;
            for (int k = 0; k < phrase.length(); k++) {
                node = node.next.computeIfAbsent(phrase.charAt(k), c -> new Node());
            }
            node.phrases.add(i);
        }
        link();
    }

    /** How a phrase is folded before matching: the normalised view, then look-alikes and case. */
    static String fold(String phrase) {
        return Confusables.fold(NormalizedText.of(phrase).text().strip());
    }

    /** Every match in the view, with its span in the view's original text. */
    List<Match> findIn(NormalizedText view) {
        List<Match> found = find(Confusables.fold(view.text()));
        List<Match> original = new ArrayList<>(found.size());
        for (Match match : found) {
            original.add(new Match(match.phrase(), view.originalStart(match.start()), view.originalEnd(match.end())));
        }
        return original;
    }

    /** Every match in {@code folded} (a text already folded with {@link Confusables#fold}), in order of their ends. */
    List<Match> find(String folded) {
        List<Match> found = new ArrayList<>();
        Node node = root;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            while (node != root && !node.next.containsKey(c)) {
                node = node.fail;
            }
            node = node.next.getOrDefault(c, root);
            for (Node at = node; at != root; at = at.fail) {
                for (int phrase : at.phrases) {
                    int start = i + 1 - lengths[phrase];
                    if (!wholeWords || Words.bounded(folded, start, i + 1)) {
                        found.add(new Match(phrase, start, i + 1));
                    }
                }
            }
        }
        return found;
    }

    private void link() {
        List<Node> queue = new ArrayList<>();
        for (Node child : root.next.values()) {
            child.fail = root;
            queue.add(child);
        }
        for (int head = 0; head < queue.size(); head++) {
            Node node = queue.get(head);
            for (Map.Entry<Character, Node> edge : node.next.entrySet()) {
                Node fail = node.fail;
                while (fail != root && !fail.next.containsKey(edge.getKey())) {
                    fail = fail.fail;
                }
                Node target = fail.next.get(edge.getKey());
                edge.getValue().fail = target == null || target == edge.getValue() ? root : target;
                queue.add(edge.getValue());
            }
        }
    }
}
