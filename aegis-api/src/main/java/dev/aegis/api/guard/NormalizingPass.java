package dev.aegis.api.guard;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * Builds a {@link NormalizedText} in two steps: the first removes invisible characters, folds
 * whitespace and makes digits and hyphens ASCII; the second, only when the result is not already in
 * NFKC, applies NFKC to each character with the marks that follow it. Each step records where every
 * character it writes came from, and the second composes its offsets with the first's.
 */
final class NormalizingPass {

    private final StringBuilder text;
    private int[] starts;
    private int[] ends;

    private NormalizingPass(int capacity) {
        text = new StringBuilder(capacity);
        starts = new int[capacity];
        ends = new int[capacity];
    }

    /** Whether {@code original} differs from its normalised view; copies nothing. */
    static boolean needed(String original) {
        boolean space = false;
        boolean ascii = true;
        for (int i = 0; i < original.length(); i++) {
            char c = original.charAt(i);
            if (c > ' ' && c < 0x7F) {
                space = false;
            } else if (c == ' ') {
                if (space) {
                    return true;
                }
                space = true;
            } else if (c < 0x80) {
                return true;
            } else {
                int point = original.codePointAt(i);
                if (removed(point) || space(point) || hyphen(point) || Character.getType(point) == Character.DECIMAL_DIGIT_NUMBER) {
                    return true;
                }
                i += Character.charCount(point) - 1;
                ascii = false;
                space = false;
            }
        }
        return !ascii && !Normalizer.isNormalized(original, Normalizer.Form.NFKC);
    }

    static NormalizedText run(String original) {
        NormalizingPass first = new NormalizingPass(original.length());
        first.fold(original);
        String folded = first.text.toString();
        if (Normalizer.isNormalized(folded, Normalizer.Form.NFKC)) {
            return first.result(original);
        }
        NormalizingPass second = new NormalizingPass(folded.length() + 8);
        second.compose(folded, first.starts, first.ends);
        return second.result(original);
    }

    private NormalizedText result(String original) {
        return new NormalizedText(original, text.toString(), Arrays.copyOf(starts, text.length()), Arrays.copyOf(ends, text.length()));
    }

    // Step one: invisible characters out, runs of whitespace (with what was removed inside them) to one space, digits and hyphens to ASCII.
    private void fold(String original) {
        int i = 0;
        while (i < original.length()) {
            int c = original.codePointAt(i);
            int next = i + Character.charCount(c);
            if (c > ' ' && c < 0x7F) {
                append((char) c, i, next);
            } else if (space(c)) {
                int end = next;
                while (next < original.length()) {
                    int following = original.codePointAt(next);
                    if (space(following)) {
                        end = next + Character.charCount(following);
                    } else if (!removed(following)) {
                        break;
                    }
                    next += Character.charCount(following);
                }
                append(' ', i, end);
                next = end;
            } else if (!removed(c)) {
                appendCodePoint(c, i, next);
            }
            i = next;
        }
    }

    // Step two: NFKC of each character with the marks that follow it, offsets taken through step one's.
    private void compose(String folded, int[] foldedStarts, int[] foldedEnds) {
        int i = 0;
        while (i < folded.length()) {
            int c = folded.codePointAt(i);
            int end = i + Character.charCount(c);
            while (end < folded.length() && continuesCluster(folded.codePointAt(end))) {
                end += Character.charCount(folded.codePointAt(end));
            }
            if (c < 0x80 && end == i + 1) {
                append((char) c, foldedStarts[i], foldedEnds[i]);
                i = end;
                continue;
            }
            String cluster = folded.substring(i, end);
            String normalized = Normalizer.normalize(cluster, Normalizer.Form.NFKC);
            if (normalized.equals(cluster)) {
                for (int k = i; k < end; k++) {
                    append(folded.charAt(k), foldedStarts[k], foldedEnds[k]);
                }
            } else {
                for (int k = 0; k < normalized.length(); ) {
                    int point = normalized.codePointAt(k);
                    k += Character.charCount(point);
                    if (!removed(point)) {
                        appendCodePoint(point, foldedStarts[i], foldedEnds[end - 1]);
                    }
                }
            }
            i = end;
        }
    }

    private void appendCodePoint(int c, int start, int end) {
        if (space(c)) {
            append(' ', start, end);
        } else if (c < 0x80) {
            append((char) c, start, end);
        } else if (Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER) {
            append((char) ('0' + Character.digit(c, 10)), start, end);
        } else if (hyphen(c)) {
            append('-', start, end);
        } else if (Character.isBmpCodePoint(c)) {
            append((char) c, start, end);
        } else {
            append(Character.highSurrogate(c), start, end);
            append(Character.lowSurrogate(c), start, end);
        }
    }

    private void append(char c, int start, int end) {
        int at = text.length();
        if (at == starts.length) {
            starts = Arrays.copyOf(starts, Math.max(8, at * 2));
            ends = Arrays.copyOf(ends, Math.max(8, at * 2));
        }
        // a space right after a space (NFKC makes some: U+00A8 becomes " \u0308") widens the one before
        if (c == ' ' && at > 0 && text.charAt(at - 1) == ' ') {
            ends[at - 1] = Math.max(ends[at - 1], end);
            return;
        }
        text.append(c);
        starts[at] = start;
        ends[at] = end;
    }

    // Format characters (Cf), controls that are not whitespace, and the other default-ignorable code points.
    static boolean removed(int c) {
        return switch (Character.getType(c)) {
            case Character.FORMAT -> true;
            case Character.CONTROL -> !space(c);
            default -> c == 0x034F || c == 0x115F || c == 0x1160 || c == 0x17B4 || c == 0x17B5 || c >= 0x180B && c <= 0x180F
                    || c == 0x3164 || c >= 0xFE00 && c <= 0xFE0F || c == 0xFFA0 || c >= 0xE0000 && c <= 0xE0FFF;
        };
    }

    // Hyphens that join what they stand between, as '-' does: U+2010, the non-breaking U+2011, the figure
    // dash U+2012, the minus sign. En and em dashes separate words ("Paris–London") and stay.
    private static boolean hyphen(int c) {
        return c >= 0x2010 && c <= 0x2012 || c == 0x2212;
    }

    static boolean space(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == 0x85;
    }

    // Combining marks, and what composes with the character before it: Hangul vowel and final jamo,
    // half-width katakana voicing marks.
    private static boolean continuesCluster(int c) {
        return switch (Character.getType(c)) {
            case Character.NON_SPACING_MARK, Character.COMBINING_SPACING_MARK, Character.ENCLOSING_MARK -> true;
            default -> c >= 0x1161 && c <= 0x11FF || c >= 0xD7B0 && c <= 0xD7FB || c == 0xFF9E || c == 0xFF9F;
        };
    }
}
