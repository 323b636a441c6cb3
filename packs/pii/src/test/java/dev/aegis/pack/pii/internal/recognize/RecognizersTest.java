package dev.aegis.pack.pii.internal.recognize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aegis.pack.pii.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecognizersTest {

    private final Recognizers recognizers = Recognizers.standard(Found.gazetteer());

    @Test
    void overlapsGoToTheMoreConfidentFinding() {
        String text = "db at https://admin:s3cr3t@db.example.com and 4111 1111 1111 1111";

        assertThat(recognizers.find(text, 0.5)).extracting(Span::type).containsExactly(EntityType.URL_CREDENTIAL, EntityType.CREDIT_CARD);
    }

    @Test
    void aNameInsideAStreetAddressIsPartOfTheAddress() {
        String text = "Ship it to 8758 William Knoll, please.";

        assertThat(recognizers.find(text, 0.5)).singleElement().satisfies(span -> {
            assertThat(span.type()).isEqualTo(EntityType.ADDRESS);
            assertThat(span.textIn(text)).isEqualTo("8758 William Knoll");
        });
    }

    @Test
    void findingsBelowTheMinimumConfidenceAreDropped() {
        String text = "Ticket 86095742719";

        assertThat(recognizers.find(text, 0.5)).isEmpty();
        assertThat(recognizers.find(text, 0.3)).extracting(Span::type).containsExactly(EntityType.NATIONAL_ID);
    }

    @Test
    void findingsComeInTextOrderAndNeverOverlap() {
        String text = "Jane Miller (jane@example.com, +1 202 555 0143) lives in Boston; SSN 123-45-6789.";
        List<Span> found = recognizers.find(text, 0.5);

        assertThat(found).extracting(Span::type).containsExactly(EntityType.PERSON, EntityType.EMAIL, EntityType.PHONE,
                EntityType.LOCATION, EntityType.US_SSN);
        for (int i = 1; i < found.size(); i++) {
            assertThat(found.get(i).start()).isGreaterThanOrEqualTo(found.get(i - 1).end());
        }
    }

    @Test
    void aPlaceThatIsAlsoAFirstNameYieldsToAPersonWhenASurnameFollows() {
        String text = "Florence Nightingale founded modern nursing; she trained in Florence.";

        assertThat(recognizers.find(text, 0.5)).extracting(span -> span.type() + " " + span.textIn(text))
                .containsExactly("PERSON Florence Nightingale", "LOCATION Florence");
    }

    @Test
    void emptyTextHasNothing() {
        assertThat(recognizers.find("", 0.0)).isEmpty();
    }
}
