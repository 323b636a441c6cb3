package dev.aegis.pack.pii.internal.recognize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AddressRecognizersTest {

    private final StreetAddressRecognizer english = new StreetAddressRecognizer(Found.gazetteer().streetSuffixes());
    private final EuropeanStreetRecognizer continental = new EuropeanStreetRecognizer();
    private final PostcodeRecognizer postcodes = new PostcodeRecognizer(Found.gazetteer()::isPlace);

    @ParameterizedTest
    @ValueSource(strings = {"221B Baker Street", "1600 Pennsylvania Ave NW", "42 Elm Rd, Apt 4", "350 Fifth Avenue", "12 Park Avenue Suite 100"})
    void findsEnglishStreetAddresses(String address) {
        assertThat(Found.in(english, "Send it to " + address + " by Monday.")).containsExactly(address);
    }

    @ParameterizedTest
    @ValueSource(strings = {"He bought 2 Green Apples.", "Chapter 12 covers the Customer Support process.", "We won 3 Park prizes.",
        "Version 2 Road Map"})
    void leavesNumbersBeforeCapitalizedWordsThatAreNoStreetAlone(String text) {
        assertThat(Found.in(english, text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Hauptstraße 5", "Marienburger Str. 75c", "Am Markt 3a", "12 rue de la Paix", "Calle Mayor 12", "Via Roma 1"})
    void findsContinentalStreetAddresses(String address) {
        assertThat(Found.in(continental, "Adresse: " + address + ", bitte.")).containsExactly(address);
    }

    @Test
    void aYearAfterATownIsNoHouseNumber() {
        assertThat(Found.in(continental, "Heidelberg 2024 was a great conference.")).isEmpty();
    }

    @Test
    void findsPostcodesByShapeStateOrPlace() {
        assertThat(Found.in(postcodes, "London SW1A 1AA, Beverly Hills 90210-1234, Albany NY 12207, 10115 Berlin, PLZ 80331"))
                .containsExactly("SW1A 1AA", "90210-1234", "12207", "10115", "80331");
    }

    @Test
    void leavesBareFiveDigitNumbersAlone() {
        assertThat(Found.in(postcodes, "We shipped 12345 units in 2024 to 20000 customers.")).isEmpty();
    }
}
