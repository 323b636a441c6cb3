package dev.aegis.pack.llmguard.injection.internal.text;

import dev.aegis.api.guard.NormalizedText;
import dev.aegis.pack.llmguard.internal.Confusables;

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
        char[] chars = text.toCharArray();
        int folded = ascii(text) ? 0 : fold(chars);
        boolean changed = folded > 0;
        for (int i = 0; i < chars.length; i++) {
            char lower = Character.toLowerCase(chars[i]);
            if (lower != chars[i]) {
                chars[i] = lower;
                changed = true;
            }
        }
        return new ScanText(view, changed ? new String(chars) : text, folded, bidi);
    }

    private static boolean ascii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    // Folds look-alikes in words that mix them with Latin letters, and in words made of look-alikes
    // alone when the text is mostly Latin: Russian prose keeps "как", an English sentence loses its "аll".
    private static int fold(char[] chars) {
        int latin = 0;
        int other = 0;
        for (char c : chars) {
            if (Character.isLetter(c)) {
                if (c < 0x250) {
                    latin++;
                } else if (Confusables.lookAlike(c) == 0) {
                    other++;
                }
            }
        }
        boolean latinText = latin >= other;
        int folded = 0;
        int wordStart = 0;
        for (int i = 0; i <= chars.length; i++) {
            if (i < chars.length && Character.isLetter(chars[i])) {
                continue;
            }
            if (i > wordStart && foldable(chars, wordStart, i, latinText)) {
                for (int j = wordStart; j < i; j++) {
                    char latinLetter = Confusables.lookAlike(chars[j]);
                    if (latinLetter != 0) {
                        chars[j] = latinLetter;
                        folded++;
                    }
                }
            }
            wordStart = i + 1;
        }
        return folded;
    }

    private static boolean foldable(char[] chars, int from, int to, boolean latinText) {
        int lookAlikes = 0;
        int latin = 0;
        int other = 0;
        for (int i = from; i < to; i++) {
            char c = chars[i];
            if (c < 0x250) {
                latin++;
            } else if (Confusables.lookAlike(c) != 0) {
                lookAlikes++;
            } else {
                other++;
            }
        }
        return lookAlikes > 0 && (latin > 0 || other == 0 && latinText);
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
