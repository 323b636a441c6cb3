package dev.aegis.plugin.embeddings.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import dev.aegis.api.model.EmbeddingRequest;
import dev.aegis.api.model.EmbeddingResponse;
import dev.aegis.api.model.ProviderException;
import dev.aegis.api.vector.EmbeddingProvider;
import dev.aegis.testkit.EmbeddingProviderContractTest;
import dev.aegis.testkit.FakePluginContext;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The real model, loaded once for the class: batched and coalescing (max-batch 4) and one text per inference (max-batch 1). */
class LocalEmbeddingProviderContractTest extends EmbeddingProviderContractTest {

    private static Path data;
    private static LocalEmbeddingProvider batched;
    private static LocalEmbeddingProvider single;

    @BeforeAll
    static void load() throws Exception {
        data = Files.createTempDirectory("aegis-local-embeddings");
        batched = create(new LocalEmbeddingConfig(null, 4, 2, 64, true, true));
        single = create(new LocalEmbeddingConfig(null, 1, 1, 64, false, false));
    }

    private static LocalEmbeddingProvider create(LocalEmbeddingConfig config) {
        return (LocalEmbeddingProvider) new LocalEmbeddingProviderFactory().create(config, FakePluginContext.named("minilm").withDataDirectory(data));
    }

    @AfterAll
    static void close() {
        batched.close();
        single.close();
    }

    @Override
    protected EmbeddingProvider embedder() {
        return batched;
    }

    @Test
    void servesAllMiniLmWith384Dimensions() {
        assertThat(batched.model()).isEqualTo("all-minilm-l6-v2");
        assertThat(batched.dimensions()).isEqualTo(384);
    }

    @Test
    void oneTextPerInferenceGivesLangChain4jsVectorsOfTheSameModel() {
        List<String> texts = List.of("How do I reset my password?", "Refunds take five working days.", "a", "Ünïcödé and emoji 🙂 too",
                "the quick brown fox jumps over the lazy dog ".repeat(3));
        AllMiniLmL6V2QuantizedEmbeddingModel reference = new AllMiniLmL6V2QuantizedEmbeddingModel(Runnable::run);

        List<float[]> ours = single.embed(texts);

        for (int i = 0; i < texts.size(); i++) {
            float[] theirs = reference.embed(TextSegment.from(texts.get(i))).content().vector();
            assertThat(cosine(ours.get(i), theirs)).as(texts.get(i)).isGreaterThan(0.99999);
        }
    }

    /**
     * The int8 model quantizes activations with one scale per tensor, so a text's vector moves a little
     * with the texts that share its inference; one text per inference (max-batch 1) is exactly reproducible.
     */
    @Test
    void batchingMovesAVectorOnlySlightly() {
        List<String> texts = IntStream.range(0, 11).mapToObj(i -> "sentence number " + i + " about topic " + (i % 3)).toList();

        List<float[]> together = batched.embed(texts);

        for (int i = 0; i < texts.size(); i++) {
            float[] alone = single.embed(List.of(texts.get(i))).getFirst();
            assertThat(cosine(together.get(i), alone)).as(texts.get(i)).isGreaterThan(0.98);
            assertThat(single.embed(List.of(texts.get(i))).getFirst()).as("reproducible alone").isEqualTo(alone);
        }
    }

    @Test
    void vectorsHaveUnitLengthEvenForAnEmptyText() {
        assertThat(batched.embed(List.of("unit length", ""))).allSatisfy(vector -> {
            double norm = 0;
            for (float value : vector) {
                norm += value * value;
            }
            assertThat(norm).isCloseTo(1.0, offset(1e-4));
        });
    }

    @Test
    void usageCountsTheModelsWordPiecesWithoutSpecialTokens() {
        // hello | world | em ##bed ##ding ##s
        EmbeddingResponse response = batched.embed(new EmbeddingRequest("all-minilm-l6-v2", List.of("hello world", "embeddings"), Map.of()));

        assertThat(response.usage().inputTokens()).isEqualTo(2 + 4);
        assertThat(response.usage().outputTokens()).isZero();
    }

    @Test
    void aTextLongerThanTheModelsWindowIsEmbeddedWholeNotTruncated() {
        String head = "invoices and payments are processed by the finance team every week. ".repeat(60);
        String tailA = " the garden is full of roses, tulips and daffodils in spring.".repeat(60);
        String tailB = " quantum computers use qubits and entanglement for computation.".repeat(60);

        List<float[]> vectors = single.embed(List.of(head + tailA, head + tailB));

        assertThat(cosine(vectors.get(0), vectors.get(1))).as("texts that differ only past 512 word pieces differ").isLessThan(0.95);
    }

    @Test
    void askingForAnotherSizeIsRejectedAsABadRequest() {
        assertThat(batched.embed(new EmbeddingRequest("all-minilm-l6-v2", List.of("x"), Map.of("dimensions", "384"))).vectors()).hasSize(1);
        assertThatThrownBy(() -> batched.embed(new EmbeddingRequest("all-minilm-l6-v2", List.of("x"), Map.of("dimensions", "128"))))
                .isInstanceOfSatisfying(ProviderException.class, e -> {
                    assertThat(e.failure()).isEqualTo(ProviderException.Failure.REJECTED);
                    assertThat(e.upstreamStatus()).hasValue(400);
                    assertThat(e).hasMessageContaining("384 dimensions only");
                });
    }

    @Test
    void theTokenizersNativeLibraryIsUnpackedUnderTheDataDirectoryForItsOwnerOnlyWhenNoCacheIsSet() throws Exception {
        Assumptions.assumeTrue(System.getenv("DJL_CACHE_DIR") == null, "DJL_CACHE_DIR is set in the environment: the operator's choice wins");
        assertThat(System.getProperty("DJL_CACHE_DIR")).isEqualTo(data.resolve("djl").toAbsolutePath().toString());
        try (var files = Files.walk(data.resolve("djl"))) {
            assertThat(files.toList())
                    .anyMatch(path -> path.getFileName().toString().contains("tokenizers"))
                    .allSatisfy(path -> assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(path))).endsWith("------"));
        }
    }
}
