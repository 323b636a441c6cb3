package dev.aegis.plugin.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import dev.aegis.api.vector.Readers;
import dev.aegis.api.vector.ScoredRecord;
import dev.aegis.api.vector.VectorCollection;
import dev.aegis.api.vector.VectorQuery;
import dev.aegis.api.vector.VectorRecord;
import dev.aegis.testkit.FakeEmbeddingProvider;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the Lucene store promises beyond the contract: durability, re-stamping readers, wide vectors. */
class LuceneVectorStoreTest {

    private static final int DIMENSIONS = 48;
    private static final Set<String> PAYMENTS = Set.of(Readers.team("payments"));
    private static final Set<String> SUPPORT = Set.of(Readers.team("support"));
    private static final Instant CREATED = Instant.parse("2026-03-04T05:06:07.123456789Z");

    @TempDir
    Path dataDirectory;

    @Test
    void collectionsAndRecordsSurviveCloseAndReopenExactly() {
        VectorCollection handbook = new VectorCollection("handbook", DIMENSIONS, PAYMENTS, Map.of("embedder", "minilm"), CREATED);
        VectorRecord refund = record("r1", "doc-1", 0, "refunds take five days");
        try (LuceneVectorStore store = open(LuceneStoreConfig.EMBEDDED)) {
            store.putCollection(handbook);
            store.upsert("handbook", List.of(refund, record("r2", "doc-1", 1, "cards are blocked at once")));
        }
        try (LuceneVectorStore store = open(LuceneStoreConfig.EMBEDDED)) {
            assertThat(store.collection("handbook")).contains(handbook);
            assertThat(store.count("handbook", Map.of())).isEqualTo(2);
            List<ScoredRecord> found = store.search(query(List.of("handbook"), "refunds take five days", 1, PAYMENTS, VectorQuery.Mode.VECTOR));
            assertThat(found).singleElement().satisfies(result -> {
                assertThat(result.record().id()).isEqualTo("r1");
                assertThat(result.record().vector()).containsExactly(refund.vector());
                assertThat(result.record().metadata()).isEqualTo(refund.metadata());
                assertThat(result.score()).as("the cosine of identical directions").isCloseTo(1.0, offset(1e-5));
            });
        }
    }

    @Test
    void changingReadersReStampsEveryChunkAndTheChangeIsDurable() {
        try (LuceneVectorStore store = open(LuceneStoreConfig.EMBEDDED)) {
            store.putCollection(collection("handbook", PAYMENTS));
            List<VectorRecord> records = new ArrayList<>();
            for (int i = 0; i < 150; i++) {
                records.add(record("r" + i, "doc-" + (i / 10), i % 10, "refund policy number " + i));
            }
            store.upsert("handbook", records);
            store.putCollection(collection("handbook", SUPPORT));
            for (VectorQuery.Mode mode : VectorQuery.Mode.values()) {
                assertThat(store.search(query(List.of("handbook"), "refund policy", 10, PAYMENTS, mode))).as(mode.name()).isEmpty();
                assertThat(store.search(query(List.of("handbook"), "refund policy", 10, SUPPORT, mode))).as(mode.name()).hasSize(10);
            }
            assertThat(store.count("handbook", Map.of())).isEqualTo(150);
        }
        try (LuceneVectorStore store = open(LuceneStoreConfig.EMBEDDED)) {
            assertThat(store.search(query(List.of("handbook"), "refund policy", 10, PAYMENTS, VectorQuery.Mode.HYBRID))).isEmpty();
            assertThat(store.search(query(List.of("handbook"), "refund policy number 7", 1, SUPPORT, VectorQuery.Mode.KEYWORD)))
                    .singleElement().satisfies(result -> assertThat(result.record().metadata()).containsEntry(VectorRecord.DOCUMENT, "doc-0"));
        }
    }

    @Test
    void aBackgroundCommitIntervalShowsWritesAtOnceAndCommitsThemOnClose() {
        LuceneStoreConfig batched = new LuceneStoreConfig(Optional.empty(), Duration.ofMinutes(10), Optional.empty());
        try (LuceneVectorStore store = open(batched)) {
            store.putCollection(collection("handbook", PAYMENTS));
            store.upsert("handbook", List.of(record("a", "doc-1", 0, "travel expenses")));
            assertThat(store.search(query(List.of("handbook"), "travel", 5, PAYMENTS, VectorQuery.Mode.KEYWORD))).hasSize(1);
        }
        try (LuceneVectorStore store = open(LuceneStoreConfig.EMBEDDED)) {
            assertThat(store.count("handbook", Map.of())).isEqualTo(1);
        }
    }

    @Test
    void vectorsWiderThanLucenesDefaultLimitAreIndexed() {
        int wide = 1536;
        try (LuceneVectorStore store = open(LuceneStoreConfig.EMBEDDED)) {
            store.putCollection(new VectorCollection("openai", wide, PAYMENTS, Map.of(), CREATED));
            store.upsert("openai", List.of(new VectorRecord("a", FakeEmbeddingProvider.vectorOf("refund a card", wide), "refund a card", Map.of()),
                    new VectorRecord("b", FakeEmbeddingProvider.vectorOf("book a trip", wide), "book a trip", Map.of())));
            VectorQuery query = new VectorQuery(List.of("openai"), FakeEmbeddingProvider.vectorOf("refund card", wide), "refund card", 1, Map.of(),
                    PAYMENTS, VectorQuery.Mode.VECTOR);
            assertThat(store.search(query)).extracting(result -> result.record().id()).containsExactly("a");
            assertThatThrownBy(() -> store.putCollection(new VectorCollection("huge", 4097, PAYMENTS, Map.of(), CREATED)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most 4096");
        }
    }

    @Test
    void vectorsWithoutADirectionAndDuplicateIdsAreRefusedWhole() {
        try (LuceneVectorStore store = open(LuceneStoreConfig.EMBEDDED)) {
            store.putCollection(collection("handbook", PAYMENTS));
            VectorRecord zero = new VectorRecord("z", new float[DIMENSIONS], "nothing", Map.of());
            assertThatThrownBy(() -> store.upsert("handbook", List.of(record("a", "d", 0, "fine"), zero)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("all zeros");
            assertThatThrownBy(() -> store.upsert("handbook", List.of(record("a", "d", 0, "one"), record("a", "d", 1, "two"))))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("twice");
            assertThat(store.count("handbook", Map.of())).isZero();
        }
    }

    @Test
    void aQueryVectorOfOtherDimensionsIsAnErrorOnlyForCollectionsTheReaderMayRead() {
        try (LuceneVectorStore store = open(LuceneStoreConfig.EMBEDDED)) {
            store.putCollection(collection("handbook", PAYMENTS));
            store.putCollection(new VectorCollection("secret", DIMENSIONS * 2, SUPPORT, Map.of(), CREATED));
            store.upsert("handbook", List.of(record("a", "d", 0, "refund policy")));
            assertThat(store.search(query(List.of("handbook", "secret"), "refund policy", 5, PAYMENTS, VectorQuery.Mode.HYBRID))).hasSize(1);
            assertThatThrownBy(() -> store.search(query(List.of("secret"), "refund", 5, SUPPORT, VectorQuery.Mode.VECTOR)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'secret'");
        }
    }

    @Test
    void aDroppedCollectionCanComeBackWithOtherDimensionsAndNoneOfItsOldChunks() {
        try (LuceneVectorStore store = open(LuceneStoreConfig.EMBEDDED)) {
            store.putCollection(collection("handbook", PAYMENTS));
            store.upsert("handbook", List.of(record("a", "d", 0, "refund policy")));
            assertThat(store.dropCollection("handbook")).isTrue();
            store.putCollection(new VectorCollection("handbook", 8, PAYMENTS, Map.of(), CREATED));
            assertThat(store.count("handbook", Map.of())).isZero();
            assertThat(store.search(query(List.of("handbook"), "refund policy", 5, PAYMENTS, VectorQuery.Mode.KEYWORD))).isEmpty();
        }
    }

    private LuceneVectorStore open(LuceneStoreConfig config) {
        return LuceneVectorStoreFactory.open(config, dataDirectory);
    }

    static VectorCollection collection(String name, Set<String> readers) {
        return new VectorCollection(name, DIMENSIONS, readers, Map.of(), CREATED);
    }

    static VectorRecord record(String id, String document, int chunk, String text) {
        return new VectorRecord(id, FakeEmbeddingProvider.vectorOf(text, DIMENSIONS), text,
                Map.of(VectorRecord.DOCUMENT, document, VectorRecord.CHUNK, Integer.toString(chunk)));
    }

    static VectorQuery query(List<String> collections, String text, int topK, Set<String> readers, VectorQuery.Mode mode) {
        return new VectorQuery(collections, FakeEmbeddingProvider.vectorOf(text, DIMENSIONS), text, topK, Map.of(), readers, mode);
    }
}
