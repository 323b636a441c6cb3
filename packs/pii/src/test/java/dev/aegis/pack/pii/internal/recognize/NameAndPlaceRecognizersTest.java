package dev.aegis.pack.pii.internal.recognize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NameAndPlaceRecognizersTest {

    private final PersonNameRecognizer people = new PersonNameRecognizer(Found.gazetteer());
    private final PlaceRecognizer places = new PlaceRecognizer(Found.gazetteer());

    @Test
    void aKnownFirstNameBeforeAKnownLastNameIsAPerson() {
        assertThat(Found.in(people, "Yesterday John Smith and Maria Garcia signed.")).containsExactly("John Smith", "Maria Garcia");
    }

    @Test
    void honorificsAndIntroductionsMakeUnknownWordsNames() {
        assertThat(Found.in(people, "Dr. Okonkwo-Hale will see you.")).containsExactly("Okonkwo-Hale");
        assertThat(Found.in(people, "Hi, my name is Zyrwan Quillfeather.")).containsExactly("Zyrwan Quillfeather");
        assertThat(Found.in(people, "Dear Will,")).containsExactly("Will");
    }

    @Test
    void particlesInitialsAndApostrophesStayInsideTheName() {
        assertThat(Found.in(people, "Ask Jan van der Berg, John F. Kennedy and Sean O'Brien."))
                .containsExactly("Jan van der Berg", "John F. Kennedy", "Sean O'Brien");
    }

    @Test
    void aPossessiveIsLeftOutOfTheName() {
        assertThat(Found.in(people, "That is Anna Schmidt's laptop.")).containsExactly("Anna Schmidt");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Will you send it?", "May the best team win.", "The Quarterly Revenue Report", "Thanks Team!",
        "Please Review The Attached Document Before The Meeting", "Dear Customer,", "I am Happy with it.", "Windows and Linux are supported."})
    void capitalizedWordsThatAreNoNamesAreLeftAlone(String text) {
        assertThat(Found.in(people, text)).isEmpty();
    }

    @Test
    void knownPlacesAreFoundLongestFirst() {
        assertThat(Found.in(places, "From Rio de Janeiro to New York via Germany.")).containsExactly("Rio de Janeiro", "New York", "Germany");
    }

    @Test
    void anUnknownWordAfterAPhraseThatOnlyPlacesFollowIsAPlace() {
        assertThat(Found.in(places, "She moved to Vardø last year.")).containsExactly("Vardø");
    }

    @Test
    void aPlaceThatIsAlsoAFirstNameCountsMoreAfterInThanAlone() {
        assertThat(Found.spans(places, "We met in Florence.")).singleElement().satisfies(span -> assertThat(span.confidence()).isEqualTo(0.8));
        assertThat(Found.spans(places, "Florence called.")).singleElement().satisfies(span -> assertThat(span.confidence()).isEqualTo(0.55));
        assertThat(Found.in(places, "Florence Smith called.")).isEmpty();
    }

    @Test
    void monthsAndWeekdaysAfterInAreNoPlaces() {
        assertThat(Found.in(places, "See you in March, on Monday.")).isEmpty();
    }
}
