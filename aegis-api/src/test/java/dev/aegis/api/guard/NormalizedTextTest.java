package dev.aegis.api.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NormalizedTextTest {

    // Pieces random texts are made of: ASCII, whitespace of every kind, invisible characters, full-width
    // and Arabic-Indic digits, full-width letters, emoji (surrogate pairs, modifiers, joiners),
    // combining marks, compatibility characters that expand (ligature, fraction) or make a space (¨).
    private static final List<String> PIECES = List.of(
            "a", "B", "z", "4", "1", "0", "-", ".", "/", "_", "@", " ", "  ", "\n", "\r\n", "\t",
            "\u00A0", "\u202F", "\u2007", "\u3000", "\u2028",
            "\u200B", "\u200C", "\u200D", "\u00AD", "\u2060", "\uFEFF", "\u202E", "\u2066", "\uFE0F", "\u034F", "\u0007", "\u007F",
            "\uFF14", "\uFF11", "\uFF57", "\uFF29", "\u0664", "\u0661", "\u06F4", "\u0967",
            "\uD83D\uDE00", "\uD83D\uDC4D", "\uD83C\uDFFD", "\uD83D\uDC68\u200D\uD83D\uDC69",
            "\u0301", "\u0308", "e\u0301", "\u00E9", "\u1100", "\u1161", "\uFF76", "\uFF9E",
            "\uFB01", "\u00BD", "\u00B2", "\u2460", "\u00A8", "\u00C5", "Ω", "\u2011", "\u2013", "\u2212", "\uFF0D");

    @Test
    void printableAsciiIsItsOwnViewWithoutCopying() {
        String text = "card 4111-1111-1111-1111, please";

        NormalizedText view = NormalizedText.of(text);

        assertThat(view.unchanged()).isTrue();
        assertThat(view.text()).isSameAs(text);
        assertThat(view.originalStart(5)).isEqualTo(5);
        assertThat(view.originalEnd(24)).isEqualTo(24);
    }

    @Test
    void textAlreadyInNormalFormIsItsOwnViewToo() {
        assertThat(NormalizedText.of("Grüße aus Köln, 東京").unchanged()).isTrue();
        assertThat(NormalizedText.of("").unchanged()).isTrue();
    }

    @Test
    void invisibleCharactersAreRemovedAndWhitespaceFolded() {
        assertThat(NormalizedText.of("wire\u200B transfer").text()).isEqualTo("wire transfer");
        assertThat(NormalizedText.of("wire  transfer").text()).isEqualTo("wire transfer");
        assertThat(NormalizedText.of("wire\ntransfer").text()).isEqualTo("wire transfer");
        assertThat(NormalizedText.of("wire \u00AD\r\n\t\u00A0transfer").text()).isEqualTo("wire transfer");
        assertThat(NormalizedText.of("wi\u00ADre\u2060 trans\uFEFFfer\u202E").text()).isEqualTo("wire transfer");
        assertThat(NormalizedText.of("bell\u0007 and tag\uDB40\uDC41s").text()).isEqualTo("bell and tags");
    }

    @Test
    void fullWidthFormsBecomeAsciiAndDigitsOfEveryScriptBecomeAsciiDigits() {
        assertThat(NormalizedText.of("\uFF57\uFF49\uFF52\uFF45\u3000\uFF54\uFF52\uFF41\uFF4E\uFF53\uFF46\uFF45\uFF52").text()).isEqualTo("wire transfer");
        assertThat(NormalizedText.of("\uFF14\uFF11\uFF11\uFF11").text()).isEqualTo("4111");
        assertThat(NormalizedText.of("\u0664\u0661\u0661\u0661 \u06F4\u06F1 \u0967\u0968").text()).isEqualTo("4111 41 12");
        assertThat(NormalizedText.of("\uFB01le \u00B2 \u2460").text()).isEqualTo("file 2 1");
        assertThat(NormalizedText.of("Cafe\u0301").text()).isEqualTo("Caf\u00E9");
        assertThat(NormalizedText.of("4111\u20101111\u20111111\u22121111\uFF0D1\u20122").text()).isEqualTo("4111-1111-1111-1111-1-2");
        assertThat(NormalizedText.of("Paris\u2013London\u2014fast").text()).isEqualTo("Paris\u2013London\u2014fast");
    }

    @Test
    void whatIsNotNormalisedStaysAsItIs() {
        assertThat(NormalizedText.of("Wire TRANSFER").text()).as("case").isEqualTo("Wire TRANSFER");
        assertThat(NormalizedText.of("wіre transfer").text()).as("a Cyrillic і").isEqualTo("wіre transfer");
        assertThat(NormalizedText.of("NDExMSAxMTEx").text()).as("base64").isEqualTo("NDExMSAxMTEx");
    }

    @Test
    void aFoundSpanMapsBackToTheWholeOriginalStretchIncludingWhatWasRemovedInside() {
        String original = "card \u0664\u0661\u0661\u0661\u00AD1111\u00A01111\u200B\u00A0\u00A01111 ok";
        NormalizedText view = NormalizedText.of(original);
        String card = "41111111 1111 1111";

        int start = view.text().indexOf(card);
        int end = start + card.length();

        assertThat(view.text()).isEqualTo("card 41111111 1111 1111 ok");
        assertThat(original.substring(view.originalStart(start), view.originalEnd(end)))
                .isEqualTo("\u0664\u0661\u0661\u0661\u00AD1111\u00A01111\u200B\u00A0\u00A01111");
    }

    @Test
    void theEndsOfTheTextMapToTheEndsOfTheOriginal() {
        NormalizedText view = NormalizedText.of("\u200Bab\u00AD");

        assertThat(view.text()).isEqualTo("ab");
        assertThat(view.originalStart(0)).isEqualTo(1);
        assertThat(view.originalEnd(2)).isEqualTo(3);
        assertThat(view.originalStart(2)).isEqualTo(3);
        assertThat(view.originalEnd(0)).isEqualTo(1);
        assertThat(NormalizedText.of("\u200B").originalStart(0)).isZero();
    }

    @Test
    void offsetsOutsideTheTextAreRefused() {
        NormalizedText view = NormalizedText.of("a\u00A0b");

        assertThatThrownBy(() -> view.originalStart(4)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> view.originalEnd(-1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> NormalizedText.of("abc").originalStart(4)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void aLoneSurrogateIsKept() {
        assertThat(NormalizedText.of("a\uD800 b\u00A0").text()).isEqualTo("a\uD800 b ");
    }

    @Test
    void itsStringFormShowsNoContent() {
        assertThat(NormalizedText.of("4111\u00A01111").toString()).doesNotContain("4111").contains("9");
    }

    @Test
    void contentGivesTheViewOfItsText() {
        Content window = new Content(ScanTarget.RESPONSE, "wire\u00A0\u00A0transfer", true);

        assertThat(window.normalized().text()).isEqualTo("wire transfer");
        assertThat(window.normalized().original()).isSameAs(window.text());
    }

    /**
     * For random texts and every span of their normalised view: the mapped original stretch holds
     * the span once normalised, and is exactly it when the span's ends are where one original
     * character's output ends and the next one's begins.
     */
    @Test
    void everySpanMapsToAnOriginalStretchThatNormalisesBackToIt() {
        for (int seed = 0; seed < 500; seed++) {
            Random random = new Random(seed);
            String original = randomText(random, 1 + random.nextInt(24));
            NormalizedText view = NormalizedText.of(original);
            String text = view.text();
            assertThat(NormalizedText.of(text).text()).as("idempotent, seed %d", seed).isEqualTo(text);
            assertThat(text).as("seed %d", seed).doesNotContain("  ");
            for (int start = 0; start < text.length(); start++) {
                for (int end = start + 1; end <= text.length(); end++) {
                    int from = view.originalStart(start);
                    int to = view.originalEnd(end);
                    assertThat(from).as("seed %d, span %d..%d", seed, start, end).isBetween(0, to - 1);
                    assertThat(to).isLessThanOrEqualTo(original.length());
                    String renormalized = NormalizedText.of(original.substring(from, to)).text();
                    String span = text.substring(start, end);
                    if (boundary(view, start) && boundary(view, end)) {
                        assertThat(renormalized).as("seed %d, span %d..%d of %s", seed, start, end, escaped(original)).isEqualTo(span);
                    } else {
                        assertThat(renormalized).as("seed %d, span %d..%d of %s", seed, start, end, escaped(original)).contains(span);
                    }
                }
            }
        }
    }

    // Whether index separates the output of one original stretch from the next's.
    private static boolean boundary(NormalizedText view, int index) {
        return index == 0 || index == view.text().length() || view.originalStart(index) >= view.originalEnd(index);
    }

    private static String randomText(Random random, int pieces) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < pieces; i++) {
            text.append(PIECES.get(random.nextInt(PIECES.size())));
        }
        return text.toString();
    }

    private static String escaped(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> out.append(c >= 0x20 && c < 0x7F ? Character.toString(c) : String.format("\\u%04X", c)));
        return out.toString();
    }
}
