package dev.aegis.pack.llmguard.injection.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.aegis.api.vector.EmbeddingProvider;
import dev.aegis.pack.llmguard.injection.InjectionGuardConfig;
import dev.aegis.pack.llmguard.injection.evaluation.EvaluationEmbedder;
import dev.aegis.pack.llmguard.injection.internal.embedding.EmbeddingLayer;
import dev.aegis.pack.llmguard.injection.internal.embedding.ExemplarVectors;
import dev.aegis.pack.llmguard.injection.internal.embedding.Exemplars;
import dev.aegis.pack.llmguard.internal.UnitVectors;
import dev.aegis.testkit.FakeEmbeddingProvider;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The embedding exemplars, and their vectors for MiniLM, are committed; this keeps them tied to the
 * corpus and recipe they came from. To draw and embed them again after changing the training templates:
 * {@code ./mvnw -q -pl packs/llm-guard -am verify -Dtest=ExemplarsTest -Dsurefire.failIfNoSpecifiedTests=false -Dinjection.train=true}
 */
class ExemplarsTest {

    private static final String TRAIN = "injection.train";
    private static final int WINDOW = new InjectionGuardConfig.Embedding("any").windowCharacters();

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
    @DisabledIfSystemProperty(named = TRAIN, matches = "true")
    void thePackagedMiniLmVectorsBelongToThePackagedExemplarsAndToTheModel() throws IOException {
        Exemplars exemplars = Exemplars.standard();
        ExemplarVectors vectors;
        try (InputStream in = ExemplarsTest.class.getResourceAsStream(ExemplarVectors.resource("all-minilm-l6-v2"))) {
            assertThat(in).as("embed the exemplars again (see this class)").isNotNull();
            vectors = ExemplarVectors.read(in);
        }
        assertThat(vectors.exemplarsHash()).as("embed the exemplars again (see this class)").isEqualTo(ExemplarVectors.hash(exemplars));
        assertThat(vectors.window()).isEqualTo(WINDOW);
        assertThat(vectors.vectors()).hasSize(exemplars.attacks().size() + exemplars.benign().size());

        EmbeddingProvider embedder = EvaluationEmbedder.load();
        assumeTrue(!(embedder instanceof FakeEmbeddingProvider), "the in-process MiniLM embedder (type local) is not on the test class path");
        List<String> texts = EmbeddingLayer.texts(exemplars, WINDOW);
        for (int i : new int[] {0, texts.size() / 2, texts.size() - 1}) {
            float[] fresh = UnitVectors.unit(embedder.embed(List.of(texts.get(i))).getFirst());
            assertThat(UnitVectors.dot(fresh, UnitVectors.unit(vectors.vectors().get(i)), 0)).as("exemplar %d", i).isGreaterThan(0.97);
        }
    }

    @Test
    @EnabledIfSystemProperty(named = TRAIN, matches = "true")
    void drawsAndEmbedsTheExemplars() throws IOException {
        Exemplars drawn = ExportExemplars.draw();
        ExportExemplars.write(drawn);
        System.out.println("wrote " + ExportExemplars.FILE + ": " + drawn.attacks().size() + " attacks, " + drawn.benign().size() + " benign");
        EmbeddingProvider embedder = EvaluationEmbedder.load();
        assumeTrue(!(embedder instanceof FakeEmbeddingProvider), "the in-process MiniLM embedder (type local) is not on the test class path");
        ExemplarVectors vectors = new ExemplarVectors(embedder.model(), embedder.dimensions(), WINDOW, ExemplarVectors.hash(drawn),
                embedder.embed(EmbeddingLayer.texts(drawn, WINDOW)));
        Path file = Path.of("src/main/resources" + ExemplarVectors.resource(embedder.model()));
        try (OutputStream out = Files.newOutputStream(file)) {
            vectors.write(out);
        }
        System.out.println("wrote " + file + ": " + vectors.vectors().size() + " vectors of " + embedder.model());
        assertThat(drawn.attacks()).isNotEmpty();
    }
}
