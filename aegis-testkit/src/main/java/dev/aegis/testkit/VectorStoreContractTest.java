package dev.aegis.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aegis.api.vector.Readers;
import dev.aegis.api.vector.ScoredRecord;
import dev.aegis.api.vector.VectorCollection;
import dev.aegis.api.vector.VectorQuery;
import dev.aegis.api.vector.VectorRecord;
import dev.aegis.api.vector.VectorStoreProvider;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link VectorStoreProvider} must do: collections with readers, upserts by id, vector,
 * keyword and hybrid search, metadata filters, deletes — and access control inside the search, so a
 * reader never gets, nor is crowded out by, a record of a collection it may not read. Extend it with
 * a fresh, empty store per test.
 */
public abstract class VectorStoreContractTest {

    protected static final int DIMENSIONS = 32;
    protected static final Set<String> PAYMENTS = Set.of(Readers.team("payments"));
    protected static final Set<String> SUPPORT = Set.of(Readers.team("support"));

    private VectorStoreProvider store;

    /** A new, empty store; called once per test. */
    protected abstract VectorStoreProvider newStore();

    @BeforeEach
    void setUpStore() {
        store = newStore();
    }

    protected VectorStoreProvider store() {
        return store;
    }

    protected static VectorCollection collection(String name, Set<String> readers) {
        return new VectorCollection(name, DIMENSIONS, readers, Map.of("display-name", name), Instant.parse("2026-01-01T00:00:00Z"));
    }

    protected static VectorRecord record(String id, String document, int chunk, String text) {
        return new VectorRecord(id, FakeEmbeddingProvider.vectorOf(text, DIMENSIONS), text,
                Map.of(VectorRecord.DOCUMENT, document, VectorRecord.CHUNK, Integer.toString(chunk)));
    }

    protected static VectorQuery query(List<String> collections, String text, int topK, Set<String> readers, VectorQuery.Mode mode) {
        return new VectorQuery(collections, FakeEmbeddingProvider.vectorOf(text, DIMENSIONS), text, topK, Map.of(), readers, mode);
    }

    @Test
    void collectionsAreCreatedListedUpdatedAndDropped() {
        store.putCollection(collection("handbook", PAYMENTS));
        store.putCollection(collection("faq", SUPPORT));
        assertThat(store.collections()).extracting(VectorCollection::name).containsExactly("faq", "handbook");
        assertThat(store.collection("handbook")).get().extracting(VectorCollection::readers).isEqualTo(PAYMENTS);

        VectorCollection updated = store.putCollection(collection("handbook", SUPPORT));
        assertThat(updated.readers()).isEqualTo(SUPPORT);
        assertThat(store.collection("handbook")).get().extracting(VectorCollection::readers).isEqualTo(SUPPORT);

        assertThat(store.dropCollection("faq")).isTrue();
        assertThat(store.dropCollection("faq")).isFalse();
        assertThat(store.collection("faq")).isEmpty();
    }

    @Test
    void aCollectionKeepsItsDimensions() {
        store.putCollection(collection("handbook", PAYMENTS));
        VectorCollection wider = new VectorCollection("handbook", DIMENSIONS + 1, PAYMENTS, Map.of(), Instant.EPOCH);
        assertThatThrownBy(() -> store.putCollection(wider)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void upsertsReplaceByIdAndCheckTheirVectors() {
        store.putCollection(collection("handbook", PAYMENTS));
        store.upsert("handbook", List.of(record("a", "doc-1", 0, "refunds take five days"), record("b", "doc-1", 1, "cards are blocked at once")));
        store.upsert("handbook", List.of(record("a", "doc-1", 0, "refunds take ten days")));
        assertThat(store.count("handbook", Map.of())).isEqualTo(2);
        List<ScoredRecord> found = store.search(query(List.of("handbook"), "refunds days", 1, PAYMENTS, VectorQuery.Mode.KEYWORD));
        assertThat(found).singleElement().satisfies(result -> {
            assertThat(result.record().text()).isEqualTo("refunds take ten days");
            assertThat(result.collection()).isEqualTo("handbook");
            assertThat(result.record().metadata()).containsEntry(VectorRecord.DOCUMENT, "doc-1");
        });

        VectorRecord wrong = new VectorRecord("c", new float[DIMENSIONS - 1], "short", Map.of());
        assertThatThrownBy(() -> store.upsert("handbook", List.of(record("d", "doc-2", 0, "fine"), wrong)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(store.count("handbook", Map.of())).as("all or none").isEqualTo(2);
        assertThatThrownBy(() -> store.upsert("nowhere", List.of(record("e", "doc-3", 0, "lost"))))
                .isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void eachModeFindsWhatItShould() {
        store.putCollection(collection("handbook", PAYMENTS));
        store.upsert("handbook", List.of(
                record("refund", "doc-1", 0, "How to refund a card payment to the customer"),
                record("travel", "doc-2", 0, "Travel expenses are booked through the portal"),
                record("badge", "doc-3", 0, "Lost badges are replaced at the front desk")));
        for (VectorQuery.Mode mode : VectorQuery.Mode.values()) {
            List<ScoredRecord> found = store.search(query(List.of("handbook"), "refund a card payment", 3, PAYMENTS, mode));
            assertThat(found).as(mode.name()).isNotEmpty();
            assertThat(found.getFirst().record().id()).as(mode.name()).isEqualTo("refund");
            assertThat(found).as(mode + ": best first").isSortedAccordingTo((a, b) -> Double.compare(b.score(), a.score()));
        }
        assertThat(store.search(query(List.of("handbook"), "refund", 1, PAYMENTS, VectorQuery.Mode.VECTOR))).hasSize(1);
    }

    @Test
    void filtersOnMetadata() {
        store.putCollection(collection("handbook", PAYMENTS));
        store.upsert("handbook", List.of(record("a", "doc-1", 0, "refund policy"), record("b", "doc-2", 0, "refund policy too")));
        VectorQuery onlyDocTwo = query(List.of("handbook"), "refund policy", 5, PAYMENTS, VectorQuery.Mode.HYBRID)
                .withFilter(Map.of(VectorRecord.DOCUMENT, "doc-2"));
        assertThat(store.search(onlyDocTwo)).extracting(result -> result.record().id()).containsExactly("b");
        assertThat(store.count("handbook", Map.of(VectorRecord.DOCUMENT, "doc-1"))).isEqualTo(1);
    }

    @Test
    void deletesByIdAndByDocument() {
        store.putCollection(collection("handbook", PAYMENTS));
        store.upsert("handbook", List.of(record("a", "doc-1", 0, "one"), record("b", "doc-1", 1, "two"), record("c", "doc-2", 0, "three")));
        store.delete("handbook", List.of("c", "missing"));
        assertThat(store.count("handbook", Map.of())).isEqualTo(2);
        assertThat(store.deleteWhere("handbook", Map.of(VectorRecord.DOCUMENT, "doc-1"))).isEqualTo(2);
        assertThat(store.count("handbook", Map.of())).isZero();
        assertThat(store.search(query(List.of("handbook"), "one two", 5, PAYMENTS, VectorQuery.Mode.HYBRID))).isEmpty();
    }

    @Test
    void aReaderNeverSeesAnotherTeamsRecordsNorIsCrowdedOutByThem() {
        store.putCollection(collection("payments-kb", PAYMENTS));
        store.putCollection(collection("support-kb", SUPPORT));
        List<VectorRecord> foreign = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            foreign.add(record("s" + i, "support-doc", i, "refund card payment refund card payment " + i));
        }
        store.upsert("support-kb", foreign);
        store.upsert("payments-kb", List.of(record("p0", "payments-doc", 0, "an unrelated note about a refund")));

        for (VectorQuery.Mode mode : VectorQuery.Mode.values()) {
            List<ScoredRecord> found = store.search(query(List.of("payments-kb", "support-kb"), "refund card payment", 5, PAYMENTS, mode));
            assertThat(found).as(mode.name()).isNotEmpty().allSatisfy(result -> assertThat(result.collection()).isEqualTo("payments-kb"));
        }
        assertThat(store.search(query(List.of("support-kb"), "refund card payment", 5, PAYMENTS, VectorQuery.Mode.HYBRID))).isEmpty();
    }

    @Test
    void changingReadersChangesWhoFindsTheRecords() {
        store.putCollection(collection("handbook", PAYMENTS));
        store.upsert("handbook", List.of(record("a", "doc-1", 0, "refund policy")));
        store.putCollection(collection("handbook", SUPPORT));
        assertThat(store.search(query(List.of("handbook"), "refund policy", 5, PAYMENTS, VectorQuery.Mode.HYBRID))).isEmpty();
        assertThat(store.search(query(List.of("handbook"), "refund policy", 5, SUPPORT, VectorQuery.Mode.HYBRID))).hasSize(1);
    }

    @Test
    void randomQueriesNeverCrossTeams() {
        store.putCollection(collection("team-a", Set.of(Readers.team("a"))));
        store.putCollection(collection("team-b", Set.of(Readers.team("b"), Readers.principal("auditor"))));
        Random random = new Random(42);
        String[] vocabulary = {"refund", "card", "travel", "badge", "policy", "invoice", "salary", "laptop", "holiday", "contract"};
        for (String team : List.of("a", "b")) {
            List<VectorRecord> batch = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                batch.add(record(team + i, team + "-doc-" + (i / 10), i % 10, sentence(random, vocabulary, 8)));
            }
            store.upsert("team-" + team, batch);
        }
        for (int i = 0; i < 300; i++) {
            boolean asA = random.nextBoolean();
            Set<String> readers = asA ? Set.of(Readers.team("a"), Readers.principal("alice")) : Set.of(Readers.principal("auditor"));
            VectorQuery.Mode mode = VectorQuery.Mode.values()[random.nextInt(3)];
            List<ScoredRecord> found = store.search(query(List.of("team-a", "team-b"), sentence(random, vocabulary, 3), 1 + random.nextInt(10), readers, mode));
            String own = asA ? "team-a" : "team-b";
            assertThat(found).allSatisfy(result -> assertThat(result.collection()).isEqualTo(own));
        }
    }

    private static String sentence(Random random, String[] vocabulary, int words) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < words; i++) {
            text.append(i == 0 ? "" : " ").append(vocabulary[random.nextInt(vocabulary.length)]);
        }
        return text.toString();
    }
}
