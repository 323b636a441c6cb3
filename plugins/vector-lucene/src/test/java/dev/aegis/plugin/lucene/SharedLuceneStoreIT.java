package dev.aegis.plugin.lucene;

import static dev.aegis.plugin.lucene.LuceneVectorStoreTest.collection;
import static dev.aegis.plugin.lucene.LuceneVectorStoreTest.query;
import static dev.aegis.plugin.lucene.LuceneVectorStoreTest.record;
import static org.assertj.core.api.Assertions.assertThat;

import dev.aegis.api.vector.Readers;
import dev.aegis.api.vector.VectorQuery;
import dev.aegis.api.vector.VectorRecord;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two gateways, each with its own index, sharing one PostgreSQL: what one writes the other finds. */
class SharedLuceneStoreIT {

    private static final Set<String> PAYMENTS = Set.of(Readers.team("payments"));
    private static final Set<String> SUPPORT = Set.of(Readers.team("support"));
    private static final Duration POLL = Duration.ofMillis(100);
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @TempDir
    Path first;
    @TempDir
    Path second;

    private TestDatabase database;

    @BeforeEach
    void createSchema() {
        database = TestDatabase.create();
    }

    @AfterEach
    void dropSchema() {
        database.close();
    }

    @Test
    void upsertsDeletesAndReaderChangesReachTheOtherGateway() {
        try (LuceneVectorStore one = open(first); LuceneVectorStore two = open(second)) {
            one.putCollection(collection("handbook", PAYMENTS));
            one.upsert("handbook", List.of(record("a", "doc-1", 0, "refunds take five days"), record("b", "doc-2", 0, "cards are blocked at once")));
            assertThat(one.count("handbook", Map.of())).as("visible on the writer when the call returns").isEqualTo(2);

            eventually(() -> two.search(query(List.of("handbook"), "refunds", 5, PAYMENTS, VectorQuery.Mode.HYBRID)).stream()
                    .anyMatch(result -> result.record().id().equals("a")));
            assertThat(two.collection("handbook")).contains(one.collection("handbook").orElseThrow());

            one.delete("handbook", List.of("a"));
            eventually(() -> two.count("handbook", Map.of()) == 1);

            two.putCollection(collection("handbook", SUPPORT));
            eventually(() -> one.search(query(List.of("handbook"), "cards blocked", 5, PAYMENTS, VectorQuery.Mode.HYBRID)).isEmpty()
                    && one.search(query(List.of("handbook"), "cards blocked", 5, SUPPORT, VectorQuery.Mode.HYBRID)).size() == 1);

            assertThat(two.deleteWhere("handbook", Map.of(VectorRecord.DOCUMENT, "doc-2"))).isEqualTo(1);
            eventually(() -> one.count("handbook", Map.of()) == 0);
            assertThat(one.dropCollection("handbook")).isTrue();
            eventually(() -> two.collection("handbook").isEmpty());
        }
    }

    @Test
    void aRestartedGatewayResumesAndANewOneIsBuiltFromTheDatabase(@TempDir Path third) {
        try (LuceneVectorStore one = open(first)) {
            one.putCollection(collection("handbook", PAYMENTS));
            try (LuceneVectorStore two = open(second)) {
                one.upsert("handbook", List.of(record("a", "doc-1", 0, "refund policy")));
                eventually(() -> two.count("handbook", Map.of()) == 1);
            }
            // written while the second gateway is down
            one.upsert("handbook", List.of(record("b", "doc-1", 1, "travel policy")));
            one.delete("handbook", List.of("a"));
            try (LuceneVectorStore two = open(second)) {
                assertThat(two.count("handbook", Map.of())).as("caught up before the store is handed out").isEqualTo(1);
                assertThat(two.search(query(List.of("handbook"), "travel", 5, PAYMENTS, VectorQuery.Mode.KEYWORD)))
                        .extracting(result -> result.record().id()).containsExactly("b");
            }
            try (LuceneVectorStore fresh = open(third)) {
                assertThat(fresh.collections()).extracting(c -> c.name()).containsExactly("handbook");
                assertThat(fresh.search(query(List.of("handbook"), "travel policy", 5, PAYMENTS, VectorQuery.Mode.VECTOR)))
                        .extracting(result -> result.record().id()).containsExactly("b");
            }
        }
    }

    @Test
    void aCollectionDroppedAndMadeAgainWhileAGatewayWasDownLeavesNoOldChunks() {
        try (LuceneVectorStore one = open(first)) {
            one.putCollection(collection("handbook", PAYMENTS));
            one.upsert("handbook", List.of(record("old", "doc-1", 0, "refund policy")));
            try (LuceneVectorStore two = open(second)) {
                assertThat(two.count("handbook", Map.of())).isEqualTo(1);
            }
            one.dropCollection("handbook");
            one.putCollection(collection("handbook", PAYMENTS));
            one.upsert("handbook", List.of(record("new", "doc-2", 0, "travel policy")));
            try (LuceneVectorStore two = open(second)) {
                assertThat(two.search(query(List.of("handbook"), "policy", 5, PAYMENTS, VectorQuery.Mode.KEYWORD)))
                        .extracting(result -> result.record().id()).containsExactly("new");
            }
        }
    }

    private LuceneVectorStore open(Path directory) {
        return LuceneVectorStoreFactory.open(database.config(POLL), directory);
    }

    /** Waits, polling, for what another gateway should see once it has caught up; fails after {@link #PATIENCE}. */
    private static void eventually(BooleanSupplier condition) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("the other gateway caught up within %s", PATIENCE).isLessThan(deadline);
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
