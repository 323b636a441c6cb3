package dev.aegis.pack.llmguard.injection.training;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aegis.pack.llmguard.injection.internal.embedding.Exemplars;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The embedding exemplars are committed; this keeps them tied to the corpus and recipe they came from.
 * To draw them again after changing the training templates:
 * {@code ./mvnw -q -pl packs/llm-guard -am verify -Dtest=ExemplarsTest -Dsurefire.failIfNoSpecifiedTests=false -Dinjection.train=true}
 */
class ExemplarsTest {

    private static final String TRAIN = "injection.train";

    @Test
    @DisabledIfSystemProperty(named = TRAIN, matches = "true")
    void thePackagedExemplarsAreTheOnesTheRecipeDrawsFromTheCurrentCorpus() {
        Exemplars packaged = Exemplars.standard();
        Exemplars drawn = ExportExemplars.draw();

        assertThat(packaged.corpusHash()).as("draw the exemplars again (see this class)").isEqualTo(drawn.corpusHash());
        assertThat(packaged.recipe()).as("draw the exemplars again (see this class)").isEqualTo(drawn.recipe());
        assertThat(packaged.write()).as("draw the exemplars again (see this class)").isEqualTo(drawn.write());
    }

    @Test
    @EnabledIfSystemProperty(named = TRAIN, matches = "true")
    void drawsTheExemplars() throws IOException {
        Exemplars drawn = ExportExemplars.draw();
        ExportExemplars.write(drawn);
        System.out.println("wrote " + ExportExemplars.FILE + ": " + drawn.attacks().size() + " attacks, " + drawn.benign().size() + " benign");
        assertThat(drawn.attacks()).isNotEmpty();
        assertThat(drawn.benign()).isNotEmpty();
    }
}
