package dev.aegis.server.vectors;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts a document into chunks of at most {@code maxTokens} approximate tokens that overlap by up to
 * {@code overlapTokens}, cutting between paragraphs where it can, else between sentences, else between
 * words, and inside a word only when one word alone is too long.
 *
 * <p>Tokens are counted without a tokenizer (the embedder's is not reachable through the contract): a run
 * of letters or digits counts one token per four characters, rounded up (BPE vocabularies average about four
 * characters of English per token), and every other character that is not white space counts one. Short
 * words count a whole token each, so the count errs high and chunks stay under an embedder's real limit.
 */
public final class Chunker {

    private static final Pattern PARAGRAPHS = Pattern.compile("\\n\\s*\\n");
    private static final Pattern SENTENCES = Pattern.compile("(?<=[.!?…。])[\"')\\]]*\\s+");
    private static final Pattern WORDS = Pattern.compile("\\s+");

    private final int maxTokens;
    private final int overlapTokens;

    public Chunker(int maxTokens, int overlapTokens) {
        if (maxTokens < 1 || overlapTokens < 0 || overlapTokens > maxTokens / 2) {
            throw new IllegalArgumentException("chunks need at least one token and an overlap of at most half a chunk");
        }
        this.maxTokens = maxTokens;
        this.overlapTokens = overlapTokens;
    }

    /** The approximate token count of {@code text}, as described on the class. */
    public static int tokens(CharSequence text) {
        int tokens = 0;
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                run++;
                continue;
            }
            tokens += (run + 3) / 4;
            run = 0;
            if (!Character.isWhitespace(c) && !Character.isLowSurrogate(c)) {
                tokens++;
            }
        }
        return tokens + (run + 3) / 4;
    }

    /** The chunks of {@code text}, in order; none for blank text. */
    public List<String> chunk(String text) {
        List<Unit> units = new ArrayList<>();
        split(text, 0, text.length(), 0, units);
        List<String> chunks = new ArrayList<>();
        int first = 0;
        while (first < units.size()) {
            int end = first;
            int total = 0;
            while (end < units.size() && (end == first || total + units.get(end).tokens() <= maxTokens)) {
                total += units.get(end).tokens();
                end++;
            }
            chunks.add(text.substring(units.get(first).start(), units.get(end - 1).end()).strip());
            if (end == units.size()) {
                break;
            }
            // the next chunk repeats the tail of this one, but always starts further on
            int next = end;
            int overlap = 0;
            while (next - 1 > first && overlap + units.get(next - 1).tokens() <= overlapTokens) {
                overlap += units.get(next - 1).tokens();
                next--;
            }
            first = next;
        }
        return chunks;
    }

    private record Unit(int start, int end, int tokens) {}

    // Splits [start, end) by the coarsest boundary at the given level whose pieces fit, finer for pieces that do not.
    private void split(String text, int start, int end, int level, List<Unit> units) {
        String piece = text.substring(start, end);
        if (piece.isBlank()) {
            return;
        }
        int tokens = tokens(piece);
        if (tokens <= maxTokens) {
            units.add(new Unit(start, end, tokens));
            return;
        }
        if (level == 3) {
            splitInsideWord(text, start, end, units);
            return;
        }
        Pattern boundary = level == 0 ? PARAGRAPHS : level == 1 ? SENTENCES : WORDS;
        Matcher matcher = boundary.matcher(text).region(start, end);
        int from = start;
        while (matcher.find()) {
            split(text, from, matcher.start(), level + 1, units);
            from = matcher.end();
        }
        split(text, from, end, level + 1, units);
    }

    // Counts as it goes (a long run without white space, say base64, must not cost a recount per character).
    private void splitInsideWord(String text, int start, int end, List<Unit> units) {
        int from = start;
        int counted = 0;
        int run = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            int nextCounted = counted;
            int nextRun = run;
            if (Character.isLetterOrDigit(c)) {
                nextRun++;
            } else {
                nextCounted += (nextRun + 3) / 4 + (Character.isWhitespace(c) || Character.isLowSurrogate(c) ? 0 : 1);
                nextRun = 0;
            }
            boolean splitsPair = Character.isLowSurrogate(c) && i > from;
            if (i > from && !splitsPair && nextCounted + (nextRun + 3) / 4 > maxTokens) {
                units.add(new Unit(from, i, counted + (run + 3) / 4));
                from = i;
                i--;
                counted = 0;
                run = 0;
                continue;
            }
            counted = nextCounted;
            run = nextRun;
        }
        if (from < end) {
            units.add(new Unit(from, end, counted + (run + 3) / 4));
        }
    }
}
