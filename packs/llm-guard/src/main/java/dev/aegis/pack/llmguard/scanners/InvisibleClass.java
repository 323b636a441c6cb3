package dev.aegis.pack.llmguard.scanners;

/** The kinds of invisible characters {@code invisible-text} looks for, each reported with its count. */
public enum InvisibleClass {
    /**
     * Zero-width and other format characters that render as nothing: zero-width space, word joiner,
     * byte order mark (except opening a whole text), soft hyphen, Mongolian vowel separator, invisible
     * math operators, Hangul fillers, the combining grapheme joiner, interlinear annotation marks, and
     * zero-width (non-)joiners outside the places they belong (after an emoji, inside scripts that join
     * letters such as Arabic or Devanagari).
     */
    ZERO_WIDTH,
    /**
     * Bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069: "Trojan Source"),
     * and the left-to-right, right-to-left and Arabic letter marks in text without right-to-left letters.
     */
    BIDI_CONTROL,
    /**
     * Unicode tag characters (U+E0000–U+E007F), which spell ASCII invisibly and are used to smuggle
     * instructions; a subdivision flag emoji (🏴 followed by tags and the cancel tag) is not reported.
     */
    TAG,
    /** Private-use characters (U+E000–U+F8FF and planes 15 and 16): no meaning anyone agreed on. */
    PRIVATE_USE,
    /**
     * Runs of variation selectors (U+FE00–U+FE0F, U+E0100–U+E01EF) at least as long as configured: one
     * selector picks a glyph (an emoji's colour form), a run of them can carry hidden bytes.
     */
    VARIATION_SELECTOR_RUN,
    /** Control characters other than tab, line feed, carriage return, form feed and vertical tab (ANSI escapes, NUL, C1 controls). */
    CONTROL
}
