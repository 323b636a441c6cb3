package dev.aegis.pack.pii.internal.recognize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PaymentCardRecognizerTest {

    private final PaymentCardRecognizer recognizer = new PaymentCardRecognizer();

    @ParameterizedTest
    @ValueSource(strings = {"4111 1111 1111 1111", "4111-1111-1111-1111", "4111111111111111", "5500 0000 0000 0004",
        "2223 0031 2200 3222", "3782 822463 10005", "3056 930902 5904", "6011 0000 0000 0004", "3530 1113 3330 0000"})
    void findsLuhnValidNumbersOfKnownNetworks(String card) {
        assertThat(Found.in(recognizer, "Pay with " + card + " please")).containsExactly(card);
    }

    @Test
    void rejectsNumbersFailingLuhn() {
        assertThat(Found.in(recognizer, "Pay with 4111 1111 1111 1112 please")).isEmpty();
    }

    @Test
    void rejectsLuhnValidNumbersNoNetworkIssues() {
        // Luhn-valid, but no network issues numbers starting with 9 or 1
        assertThat(Found.in(recognizer, "Ref 9111 1111 1111 1110 and 1111 1111 1111 1117")).isEmpty();
    }

    @Test
    void takesOnlyWholeRunsOfDigitsNeverAPieceOfALongerNumber() {
        assertThat(Found.in(recognizer, "Tracking 41111111111111110000 and +4111111111111111")).isEmpty();
    }

    @Test
    void rejectsMixedSeparatorsAndOddGrouping() {
        assertThat(Found.in(recognizer, "4111-1111 1111-1111 and 41 1111 1111 1111 11")).isEmpty();
    }
}
