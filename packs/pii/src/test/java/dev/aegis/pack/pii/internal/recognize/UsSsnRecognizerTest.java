package dev.aegis.pack.pii.internal.recognize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UsSsnRecognizerTest {

    private final UsSsnRecognizer recognizer = new UsSsnRecognizer();

    @Test
    void findsDashedNumbersAndUndashedOnesNextToSsn() {
        assertThat(Found.in(recognizer, "Applicant 123-45-6789 on file")).containsExactly("123-45-6789");
        assertThat(Found.in(recognizer, "SSN 123456789")).containsExactly("123456789");
        assertThat(Found.in(recognizer, "Reference 123456789")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"000-12-3456", "666-12-3456", "912-34-5678", "123-00-4567", "123-45-0000", "078-05-1120"})
    void rejectsAreasGroupsAndSerialsNeverIssued(String number) {
        assertThat(Found.in(recognizer, "SSN " + number)).isEmpty();
    }

    @Test
    void takesNoPieceOfALongerNumber() {
        assertThat(Found.in(recognizer, "Part 1-123-45-6789-0")).isEmpty();
    }
}
