package dev.aegis.pack.llmguard.injection.internal.text;

import dev.aegis.api.guard.NormalizedText;

/**
 * A text as the injection layers read it: the contracts' normalised view (invisible characters
 * removed, whitespace folded, NFKC, ASCII digits), then look-alike letters folded to Latin and every
 * letter lower-cased, one character for one, so a position in {@link #folded()} is a position in
 * the view and maps back to the original through it.
 *
 * @param view the normalised view, case kept (the decoders read it: base64 is case-sensitive)
 * @param folded the view folded and lower-cased, what the heuristics and the classifier read
 * @param confusables how many look-alike letters were folded
 * @param bidiControls how many bidirectional controls the original held (the view drops them)
 */
public record ScanText(NormalizedText view, String folded, int confusables, int bidiControls) {

    public static ScanText of(String original) {
        return of(NormalizedText.of(original), bidiControls(original));
    }

    /** A decoded text: its own view, no bidi count of its own. */
    public static ScanText decoded(String text) {
        return of(NormalizedText.of(text), 0);
    }

    private static ScanText of(NormalizedText view, int bidi) {
        String text = view.text();
        char[] out = null;
        int folded = 0;
        int length = text.length();
        int wordStart = 0;
        for (int i = 0; i <= length; i++) {
            if (i < length && Character.isLetter(text.charAt(i))) {
                continue;
            }
            if (i > wordStart) {
                int count = foldableWord(text, wordStart, i);
                if (count > 0) {
                    out = out == null ? text.toCharArray() : out;
                    for (int j = wordStart; j < i; j++) {
                        char latin = Confusables.latin(text.charAt(j));
                        if (latin != 0) {
                            out[j] = latin;
                        }
                    }
                    folded += count;
                }
            }
            wordStart = i + 1;
        }
        char[] chars = out == null ? text.toCharArray() : out;
        boolean changed = out != null;
        for (int i = 0; i < chars.length; i++) {
            char lower = Character.toLowerCase(chars[i]);
            if (lower != chars[i]) {
                chars[i] = lower;
                changed = true;
            }
        }
        return new ScanText(view, changed ? new String(chars) : text, folded, bidi);
    }

    // the number of look-alikes to fold in the word [from, to), or 0 when it is plain text of one script
    private static int foldableWord(String text, int from, int to) {
        int lookAlikes = 0;
        int latin = 0;
        int other = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < 0x250) {
                latin++;
            } else if (Confusables.latin(c) != 0) {
                lookAlikes++;
            } else {
                other++;
            }
        }
        if (lookAlikes == 0) {
            return 0;
        }
        return latin > 0 || other == 0 ? lookAlikes : 0;
    }

    /** Bidirectional embedding, override, isolate and mark characters. */
    static int bidiControls(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x200E && (c <= 0x200F || c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069) || c == 0x061C) {
                count++;
            }
        }
        return count;
    }

    /** Where {@code [start, end)} of {@link #folded()} came from in the original: its start. */
    public int originalStart(int start) {
        return view.originalStart(start);
    }

    /** Where {@code [start, end)} of {@link #folded()} came from in the original: its end. */
    public int originalEnd(int end) {
        return view.originalEnd(end);
    }
}
