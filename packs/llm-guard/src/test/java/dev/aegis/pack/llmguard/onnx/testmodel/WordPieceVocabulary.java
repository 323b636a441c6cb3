package dev.aegis.pack.llmguard.onnx.testmodel;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A WordPiece vocabulary drawn from texts: the special tokens, every character seen twice (alone and
 * as a continuation, so any word of known letters can be spelt), the commonest whole words, then the
 * commonest word beginnings and continuation pieces. Words are cut roughly as BERT's normaliser and
 * pre-tokeniser cut them (accents stripped, lower case, split at spaces and punctuation); any
 * difference only changes which pieces are counted, because training reads the texts through the
 * real tokenizer.
 */
final class WordPieceVocabulary {

    static final List<String> SPECIAL = List.of("[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]");

    private WordPieceVocabulary() {}

    /** Token to id, ids in order from 0. */
    static Map<String, Integer> of(List<String> texts, int size, int wholeWords) {
        Map<String, Integer> words = new HashMap<>();
        for (String text : texts) {
            for (String word : words(text)) {
                words.merge(word, 1, Integer::sum);
            }
        }
        Map<String, Integer> characters = new HashMap<>();
        Map<String, Integer> beginnings = new HashMap<>();
        Map<String, Integer> continuations = new HashMap<>();
        words.forEach((word, count) -> {
            int[] letters = word.codePoints().toArray();
            for (int i = 0; i < letters.length; i++) {
                characters.merge(piece(letters, i, 1), count, Integer::sum);
            }
            for (int length = 2; length <= 5 && length < letters.length; length++) {
                beginnings.merge(piece(letters, 0, length), count, Integer::sum);
            }
            for (int start = 1; start < letters.length; start++) {
                for (int length = 2; length <= 3 && start + length <= letters.length; length++) {
                    continuations.merge("##" + piece(letters, start, length), count, Integer::sum);
                }
            }
        });
        Map<String, Integer> vocabulary = new LinkedHashMap<>();
        SPECIAL.forEach(token -> vocabulary.put(token, vocabulary.size()));
        for (String character : commonest(characters, 2)) {
            add(vocabulary, character, size);
            add(vocabulary, "##" + character, size);
        }
        commonest(words, 2).stream().limit(wholeWords).forEach(word -> add(vocabulary, word, size));
        Map<String, Integer> pieces = new HashMap<>(beginnings);
        pieces.putAll(continuations);
        commonest(pieces, 3).forEach(piece -> add(vocabulary, piece, size));
        return vocabulary;
    }

    /** The words of a text as BERT's normaliser and pre-tokeniser would roughly cut them. */
    static List<String> words(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{Mn}+", "").toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        folded.codePoints().forEach(c -> {
            if (Character.isWhitespace(c) || Character.isISOControl(c) || punctuation(c)) {
                if (!word.isEmpty()) {
                    words.add(word.toString());
                    word.setLength(0);
                }
                if (punctuation(c)) {
                    words.add(Character.toString(c));
                }
            } else {
                word.appendCodePoint(c);
            }
        });
        if (!word.isEmpty()) {
            words.add(word.toString());
        }
        return words;
    }

    private static String piece(int[] letters, int start, int length) {
        return new String(letters, start, length);
    }

    private static boolean punctuation(int c) {
        if ((c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.CONNECTOR_PUNCTUATION || type == Character.DASH_PUNCTUATION || type == Character.START_PUNCTUATION
                || type == Character.END_PUNCTUATION || type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION
                || type == Character.OTHER_PUNCTUATION;
    }

    private static List<String> commonest(Map<String, Integer> counts, int atLeast) {
        return counts.entrySet().stream()
                .filter(entry -> entry.getValue() >= atLeast)
                .sorted(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue).reversed().thenComparing(Map.Entry::getKey))
                .map(Map.Entry::getKey)
                .toList();
    }

    private static void add(Map<String, Integer> vocabulary, String token, int size) {
        if (vocabulary.size() < size) {
            vocabulary.putIfAbsent(token, vocabulary.size());
        }
    }
}
