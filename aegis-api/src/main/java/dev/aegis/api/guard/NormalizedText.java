package dev.aegis.api.guard;

import static java.util.Objects.requireNonNull;

import dev.aegis.api.API;
import java.text.Normalizer;
import java.util.Objects;

/**
 * A text as a guard should match it, with every character mapped back to the stretch of the original
 * it came from, so that what a guard finds in the normalised text can be replaced precisely in the
 * original. Obtained with {@link Content#normalized()} or {@link #of(String)}; every guard gets the
 * same view, so a zero-width space or a full-width digit slips past none of them.
 *
 * <p>What it does:
 * <ol>
 *   <li>removes format characters (Unicode category Cf: zero-width space, joiner and non-joiner,
 *       soft hyphen, word joiner, byte order mark, bidirectional controls, tag characters…), the
 *       other default-ignorable characters (variation selectors, the combining grapheme joiner,
 *       Hangul fillers) and control characters that are not whitespace;
 *   <li>folds every run of whitespace (spaces of every width including the non-breaking ones
 *       U+00A0, U+2007 and U+202F, the ideographic space, tabs, line and paragraph breaks) into one
 *       ASCII space; characters removed inside a run do not break it, and the normalised text never
 *       holds two spaces in a row;
 *   <li>maps the decimal digits of every script (category Nd: Arabic-Indic, Devanagari, full-width…)
 *       to ASCII {@code 0}–{@code 9}, and the hyphens U+2010 and U+2011 (non-breaking), the figure
 *       dash U+2012 and the minus sign U+2212 to ASCII {@code -} (en and em dashes, which part words
 *       rather than join them, stay);
 *   <li>applies NFKC ({@link Normalizer.Form#NFKC}) to each character together with the combining
 *       marks that follow it: full-width letters become ASCII, ligatures are split, superscripts and
 *       circled digits become digits, decomposed accents are composed.
 * </ol>
 *
 * <p>What it does not do: it does not change case, decode anything (base64, hex, URL or HTML
 * escapes, digits spelled out as words), map confusable letters of other scripts (a Cyrillic
 * {@code а} stays Cyrillic; only compatibility forms such as full-width letters become ASCII), or
 * join text split across messages, fields or stream windows. A guard that needs the raw text (to
 * find the invisible characters themselves, say) reads {@link Content#text()}.
 *
 * <p>Offsets: for a non-empty span {@code [start, end)} of {@link #text()},
 * {@code [originalStart(start), originalEnd(end))} is the stretch of {@link #original()} that produced
 * it: from the first character that became part of it to the last, including whatever was removed or
 * folded in between, excluding removed characters just outside it. A span that begins or ends inside
 * the expansion of one original character (the {@code f} of a ligature {@code ﬁ}) maps to that whole
 * character, so spans found next to each other can map to overlapping stretches.
 *
 * <p>Cost: a text that is already its own normalised form (printable ASCII without two spaces in a
 * row, say, or NFKC text without invisible characters, special whitespace, non-ASCII digits or hyphens) is
 * recognised in one pass that allocates nothing, and is its own view: {@link #unchanged()}, offsets
 * the identity. Other texts cost a pass that copies them with two {@code int} arrays of offsets,
 * and a second pass applying NFKC character by character only when the first pass's result is not
 * in NFKC as a whole. A view is immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class NormalizedText {

    private final String original;
    private final String text;
    // where each character of text starts and ends in original; null when the view is the identity
    private final int[] starts;
    private final int[] ends;

    NormalizedText(String original, String text, int[] starts, int[] ends) {
        this.original = original;
        this.text = text;
        this.starts = starts;
        this.ends = ends;
    }

    /** The normalised view of {@code original}. */
    public static NormalizedText of(String original) {
        requireNonNull(original, "original");
        return NormalizingPass.needed(original) ? NormalizingPass.run(original) : new NormalizedText(original, original, null, null);
    }

    /** The text the view was made from. */
    public String original() {
        return original;
    }

    /** The normalised text, to match against. */
    public String text() {
        return text;
    }

    /** True when the normalised text is the original and every offset maps to itself. */
    public boolean unchanged() {
        return starts == null;
    }

    /**
     * Where the character at {@code index} of the normalised text starts in the original; for
     * {@code index == text().length()}, where the last one ends (0 for an empty text).
     *
     * @throws IndexOutOfBoundsException unless {@code 0 <= index <= text().length()}
     */
    public int originalStart(int index) {
        Objects.checkIndex(index, text.length() + 1);
        if (starts == null) {
            return index;
        }
        return index < text.length() ? starts[index] : index == 0 ? 0 : ends[index - 1];
    }

    /**
     * Where the character just before {@code index} of the normalised text ends in the original; for
     * {@code index == 0}, where the first one starts (0 for an empty text).
     *
     * @throws IndexOutOfBoundsException unless {@code 0 <= index <= text().length()}
     */
    public int originalEnd(int index) {
        Objects.checkIndex(index, text.length() + 1);
        if (ends == null) {
            return index;
        }
        return index > 0 ? ends[index - 1] : text.isEmpty() ? 0 : starts[0];
    }

    /** Lengths only: a view is made of content that may be personal data. */
    @Override
    public String toString() {
        return "NormalizedText[original=" + original.length() + " chars, normalized=" + text.length() + " chars]";
    }
}
