package dev.aegis.pack.pii.internal.recognize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DateOfBirthRecognizerTest {

    private final DateOfBirthRecognizer recognizer = new DateOfBirthRecognizer();

    @ParameterizedTest
    @ValueSource(strings = {"I was born on 12 March 1985.", "DOB: 1985-03-12", "Date of birth 03/12/1985", "Her birthday is March 12, 1985.",
        "Geburtsdatum: 12.03.1985", "Patient (born 12th of March 1985) was admitted.", "D.O.B. 12/03/85"})
    void findsDatesCloseAfterABirthWord(String text) {
        assertThat(Found.in(recognizer, text)).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"The meeting is on 12/03/2024.", "Invoice dated 12 March 2023.", "I was born in 1985.",
        "born on 32/13/1985", "Deadline 2024-06-30; my birthday party was great."})
    void leavesOtherDatesAndImpossibleOnesAlone(String text) {
        assertThat(Found.in(recognizer, text)).isEmpty();
    }
}
