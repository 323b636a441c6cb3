package dev.aegis.pack.pii.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aegis.pack.pii.PiiMaskConfig;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The generated word lists are committed; this keeps them honest. To rebuild them after changing
 * {@link GazetteerSources}: {@code ./mvnw -q -pl packs/pii -am verify -Dtest=PackagedGazetteerTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Dpii.gazetteer.write=true}.
 */
class PackagedGazetteerTest {

    private static final String WRITE = "pii.gazetteer.write";

    @Test
    @DisabledIfSystemProperty(named = WRITE, matches = "true")
    void packagedListsAreExactlyWhatTheGeneratorBuildsFromDatafaker() throws IOException {
        for (Map.Entry<String, List<String>> file : GazetteerGenerator.build().entrySet()) {
            try (InputStream in = getClass().getResourceAsStream("/dev/aegis/pack/pii/gazetteer/" + file.getKey())) {
                assertThat(in).as("%s is packaged; rebuild the lists (see this class)", file.getKey()).isNotNull();
                List<String> packaged = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
                assertThat(packaged).as("%s is up to date; rebuild the lists (see this class)", file.getKey()).isEqualTo(file.getValue());
            }
        }
    }

    @Test
    @EnabledIfSystemProperty(named = WRITE, matches = "true")
    void writesTheListsWhenAskedTo() throws IOException {
        GazetteerGenerator.main(new String[0]);
    }

    @Test
    void everyPackagedLocaleHasNamesAndPlaces() {
        Map<String, List<String>> files = GazetteerGenerator.build();
        for (String locale : PiiMaskConfig.SUPPORTED_LOCALES) {
            assertThat(files.get(locale + "/first-names.txt")).as("first names of %s", locale).hasSizeGreaterThan(50);
            assertThat(files.get(locale + "/last-names.txt")).as("last names of %s", locale).hasSizeGreaterThan(20);
            assertThat(files.get(locale + "/places.txt")).as("places of %s", locale).hasSizeGreaterThan(10);
        }
    }
}
