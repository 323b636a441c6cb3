package dev.aegis.pack.pii.internal.recognize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aegis.pack.pii.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Recognition on the normalised view: cards grouped by dots, underscores and slashes are found
 * without taking dates, versions, IP addresses or timestamps; folded line breaks still part names.
 */
class NormalizedRecognitionTest {

    private static final char[] SEPARATORS = {' ', '-', '.', '_', '/'};

    private final Recognizers recognizers = Recognizers.standard(Found.gazetteer());
    private final PaymentCardRecognizer cards = new PaymentCardRecognizer();

    @ParameterizedTest
    @ValueSource(strings = {"4111.1111.1111.1111", "4111_1111_1111_1111", "4111/1111/1111/1111", "5500.0000.0000.0004",
        "3782/822463/10005", "6011_0000_0000_0004"})
    void findsCardsGroupedByDotsUnderscoresAndSlashes(String card) {
        assertThat(Found.in(cards, "Pay with " + card + ". Thanks")).containsExactly(card);
    }

    @Test
    void findsGeneratedCardsWithEverySeparator() {
        Random random = new Random(20261207);
        for (int i = 0; i < 500; i++) {
            String digits = luhnValid(random, random.nextBoolean() ? "4" : "51");
            String card = grouped(digits, SEPARATORS[random.nextInt(SEPARATORS.length)]);
            assertThat(Found.in(cards, "card " + card + ", thanks")).as(card).containsExactly(card);
        }
    }

    @Test
    void takesNoDatesVersionsAddressesTimestampsOrLuhnFailingGroups() {
        Random random = new Random(7);
        List<String> negatives = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            int year = 1900 + random.nextInt(200);
            int month = 1 + random.nextInt(12);
            int day = 1 + random.nextInt(28);
            int hour = random.nextInt(24);
            int minute = random.nextInt(60);
            negatives.add("%d/%02d/%02d %02d/%02d/%d".formatted(year, month, day, month, day, year));
            negatives.add("%02d.%02d.%d %02d.%02d".formatted(day, month, year, hour, minute));
            negatives.add("%d_%02d_%02d_%02d%02d%02d".formatted(year, month, day, hour, minute, random.nextInt(60)));
            negatives.add("%d.%02d.%02d.%02d%02d".formatted(year, month, day, hour, minute));
            negatives.add("%d.%d.%d.%d".formatted(random.nextInt(256), random.nextInt(256), random.nextInt(256), random.nextInt(256)));
            negatives.add("%d.%d.%d.%d".formatted(random.nextInt(20), random.nextInt(10), 10000 + random.nextInt(90000), random.nextInt(5000)));
            negatives.add("%d.%03d.%03d.%03d.%03d".formatted(1 + random.nextInt(999), random.nextInt(1000), random.nextInt(1000), random.nextInt(1000),
                    random.nextInt(1000)));
            negatives.add("/srv/%d/%02d/%02d/%06d.log".formatted(year, month, day, random.nextInt(1000000)));
            negatives.add(grouped(luhnFailing(random), SEPARATORS[2 + random.nextInt(3)]));
        }
        for (String negative : negatives) {
            assertThat(recognizers.find("ref " + negative + " ok", 0.5)).as(negative)
                    .noneMatch(span -> span.type() == EntityType.CREDIT_CARD);
        }
    }

    @Test
    void aFoldedLineBreakStillEndsANameAndASentence() {
        assertThat(found("Quarterly Report\nAnna Schmidt joined")).containsExactly("PERSON Anna Schmidt");
        assertThat(found("Quarterly Report\u00A0\r\nAnna\u200B Schmidt joined")).containsExactly("PERSON Anna\u200B Schmidt");
        assertThat(found("Attendees\nJohn\nSmith\nBerlin\nParis")).containsExactly("PERSON John", "LOCATION Berlin", "LOCATION Paris");
        assertThat(found("Hello Peter\u2028Miller asked")).containsExactly("PERSON Peter", "PERSON Miller");
    }

    @Test
    void spansOfTheViewComeBackAsSpansOfTheOriginal() {
        String text = "\u200B\u200BMail jane\u00AD@example.com or call +44\u00A020\u00A07946\u00A00958.";

        assertThat(found(text)).containsExactly("EMAIL jane\u00AD@example.com", "PHONE +44\u00A020\u00A07946\u00A00958");
    }

    private List<String> found(String text) {
        return recognizers.find(text, 0.5).stream().map(span -> span.type() + " " + span.textIn(text)).toList();
    }

    private static String grouped(String digits, char separator) {
        StringBuilder card = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && i % 4 == 0) {
                card.append(separator);
            }
            card.append(digits.charAt(i));
        }
        return card.toString();
    }

    private static String luhnValid(Random random, String prefix) {
        StringBuilder digits = new StringBuilder(prefix);
        while (digits.length() < 15) {
            digits.append(random.nextInt(10));
        }
        for (int check = 0; check < 10; check++) {
            if (Checksums.luhn(digits.toString() + check)) {
                return digits.toString() + check;
            }
        }
        throw new AssertionError("no check digit");
    }

    private static String luhnFailing(Random random) {
        String valid = luhnValid(random, "4");
        int last = valid.charAt(15) - '0';
        return valid.substring(0, 15) + (last + 1 + random.nextInt(9)) % 10;
    }
}
