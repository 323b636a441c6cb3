package dev.aegis.pack.pii.internal.recognize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NationalIdRecognizersTest {

    @Test
    void ukNationalInsuranceNumbersFollowThePrefixAndSuffixRules() {
        UkNinoRecognizer nino = new UkNinoRecognizer();

        assertThat(Found.in(nino, "NI AB123456C and AB 12 34 56 D")).containsExactly("AB123456C", "AB 12 34 56 D");
        assertThat(Found.in(nino, "QQ123456C, BG123456A, AB123456E, DA123456A")).isEmpty();
    }

    @Test
    void spanishDniAndNieLettersAreCheckCharacters() {
        SpanishIdRecognizer dni = new SpanishIdRecognizer();

        assertThat(Found.in(dni, "DNI 12345678Z, NIE X1234567L, 12345678-Z")).containsExactly("12345678Z", "X1234567L", "12345678-Z");
        assertThat(Found.in(dni, "DNI 12345678A, NIE X1234567A")).isEmpty();
    }

    @Test
    void dutchBsnPassesTheElevenProofAndNeedsItsName() {
        DutchBsnRecognizer bsn = new DutchBsnRecognizer();

        assertThat(Found.in(bsn, "Mijn BSN is 111222333.")).containsExactly("111222333");
        assertThat(Found.in(bsn, "Mijn BSN is 111222334.")).isEmpty();
        assertThat(Found.in(bsn, "Order 111222333 shipped.")).isEmpty();
    }

    @Test
    void germanTaxIdsPassTheCheckDigitAndDigitRulesAndCountOnlyNextToTheirName() {
        GermanTaxIdRecognizer taxId = new GermanTaxIdRecognizer();

        assertThat(Found.in(taxId, "Meine Steuer-ID ist 86095742719.")).containsExactly("86095742719");
        assertThat(Found.in(taxId, "Meine Steuer-ID ist 86095742718.")).isEmpty();
        assertThat(Found.in(taxId, "Steuer-ID 11111111111")).isEmpty();
        assertThat(Found.in(taxId, "Ticket 86095742719")).isEmpty();
        assertThat(Found.in(taxId, "Ticket 86095742719", 0.3)).containsExactly("86095742719");
    }
}
