package dev.aegis.pack.classification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlaceholdersTest {

    @Test
    void theTypeIsTheNameWithoutDelimitersOrNumber() {
        assertThat(type("<EMAIL_1>")).isEqualTo("EMAIL");
        assertThat(type("<CREDIT_CARD_12>")).isEqualTo("CREDIT_CARD");
        assertThat(type("[iban-3]")).isEqualTo("iban");
        assertThat(type("PERSON")).isEqualTo("PERSON");
        assertThat(type("{{US_SSN}}")).isEqualTo("US_SSN");
    }

    @Test
    void aNumberThatIsPartOfTheTypeIsKept() {
        assertThat(type("<IPV4_2>")).isEqualTo("IPV4");
        assertThat(type("<_1>")).isEqualTo("1");
    }

    @Test
    void typesCompareIgnoringCaseWithDashesForUnderscores() {
        assertThat(Placeholders.typeEquals("<credit-card_1>", 1, 12, "CREDIT_CARD")).isTrue();
        assertThat(Placeholders.typeEquals("<CREDIT_CARD_1>", 1, 12, "CREDIT")).isFalse();
    }

    private static String type(String placeholder) {
        int start = Placeholders.typeStart(placeholder);
        return placeholder.substring(start, Placeholders.typeEnd(placeholder, start));
    }
}
