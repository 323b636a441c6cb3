package dev.aegis.pack.pii.internal.recognize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IbanRecognizerTest {

    private final IbanRecognizer recognizer = new IbanRecognizer();

    @ParameterizedTest
    @ValueSource(strings = {"DE89 3704 0044 0532 0130 00", "DE89370400440532013000", "GB82 WEST 1234 5698 7654 32",
        "FR14 2004 1010 0505 0001 3M02 606", "NL91 ABNA 0417 1643 00", "NO93 8601 1117 947"})
    void findsIbansCompactOrPrintedInGroups(String iban) {
        assertThat(Found.in(recognizer, "Transfer to " + iban + " today.")).containsExactly(iban);
    }

    @Test
    void stopsAtTheCountrysLengthSoAFollowingWordIsNotSwallowed() {
        assertThat(Found.in(recognizer, "IBAN DE89 3704 0044 0532 0130 00 ASAP")).containsExactly("DE89 3704 0044 0532 0130 00");
    }

    @Test
    void rejectsAWrongCheckAnUnknownCountryAndAWrongLength() {
        assertThat(Found.in(recognizer, "DE88 3704 0044 0532 0130 00, XX89 3704 0044 0532 0130 00, DE89 3704 0044 0532 0130 0")).isEmpty();
    }
}
