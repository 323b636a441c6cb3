package dev.aegis.pack.pii.internal.recognize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneRecognizerTest {

    private final PhoneRecognizer recognizer = new PhoneRecognizer();

    @ParameterizedTest
    @ValueSource(strings = {"+44 20 7946 0958", "+49 30 123456", "+4915112345678", "+1 (555) 123-4567", "+33 1 23 45 67 89",
        "(555) 123-4567", "555-123-4567", "555.123.4567", "1-800-555-0199", "+44 (0)20 7946 0958", "020 7946 0958"})
    void findsNumbersInInternationalNorthAmericanAndNationalFormats(String number) {
        assertThat(Found.in(recognizer, "Reach me on " + number + " after six.")).containsExactly(number);
    }

    @Test
    void anExtensionBelongsToTheNumber() {
        assertThat(Found.in(recognizer, "Office: (555) 123-4567 x204")).containsExactly("(555) 123-4567 x204");
    }

    @Test
    void aBareNationalNumberNeedsAWordLikePhone() {
        assertThat(Found.in(recognizer, "The code is 0301234567 today.")).isEmpty();
        assertThat(Found.in(recognizer, "My phone is 0301234567.")).containsExactly("0301234567");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Due 2024-01-15 at noon", "Signed on 15.01.2024", "Order number 0123 4567 8901 shipped",
        "Invoice 1234567890 is open", "Server 192.168.1.1 is down", "Card 4111 1111 1111 1112 failed", "ISBN 978-3-16-148410-0",
        "Build 10.0.19041.1 is out", "It costs 1,234,567.89 euros", "Ratio 3.14159"})
    void leavesDatesOrderNumbersAddressesAndPlainNumbersAlone(String text) {
        assertThat(Found.in(recognizer, text)).isEmpty();
    }
}
