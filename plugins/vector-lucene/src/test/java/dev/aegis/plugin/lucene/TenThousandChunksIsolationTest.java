package dev.aegis.plugin.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aegis.api.vector.Readers;
import dev.aegis.api.vector.ScoredRecord;
import dev.aegis.api.vector.VectorCollection;
import dev.aegis.api.vector.VectorQuery;
import dev.aegis.api.vector.VectorRecord;
import dev.aegis.testkit.FakeEmbeddingProvider;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The acceptance criterion: two teams' 10,000 chunks written with the same words in one index,
 * a thousand random queries of every mode, and not one chunk of the other team in any answer — nor an
 * answer shorter than it should be because the other team's chunks took the places.
 */
class TenThousandChunksIsolationTest {

    private static final int DIMENSIONS = 64;
    private static final int PER_TEAM = 5_000;
    private static final String[] WORDS = {"refund", "card", "travel", "badge", "policy", "invoice", "salary", "laptop", "holiday", "contract",
        "expense", "approval", "customer", "payment", "account", "limit", "report", "quarter", "budget", "vendor"};
    private static final Set<String> TEAM_A = Set.of(Readers.team("a"));
    private static final Set<String> TEAM_B = Set.of(Readers.team("b"), Readers.role("auditor"));

    @TempDir
    static Path dataDirectory;

    private static LuceneVectorStore store;

    @BeforeAll
    static void writeTenThousandChunks() {
        store = LuceneVectorStoreFactory.open(LuceneStoreConfig.EMBEDDED, dataDirectory);
        Random random = new Random(7);
        store.putCollection(new VectorCollection("team-a", DIMENSIONS, TEAM_A, Map.of(), Instant.EPOCH));
        store.putCollection(new VectorCollection("team-b", DIMENSIONS, TEAM_B, Map.of(), Instant.EPOCH));
        for (String team : List.of("a", "b")) {
            for (int document = 0; document < PER_TEAM / 50; document++) {
                List<VectorRecord> chunks = new ArrayList<>();
                for (int chunk = 0; chunk < 50; chunk++) {
                    String text = sentence(random, 20);
                    chunks.add(new VectorRecord(team + "-" + document + "-" + chunk, FakeEmbeddingProvider.vectorOf(text, DIMENSIONS), text,
                            Map.of(VectorRecord.DOCUMENT, "doc-" + document, VectorRecord.CHUNK, Integer.toString(chunk))));
                }
                store.upsert("team-" + team, chunks);
            }
        }
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void aThousandRandomQueriesNeverReturnAForeignChunkNorComeBackShort() {
        assertThat(store.count("team-a", Map.of()) + store.count("team-b", Map.of())).isEqualTo(2L * PER_TEAM);
        Random random = new Random(11);
        int answered = 0;
        for (int i = 0; i < 1_000; i++) {
            boolean asA = random.nextBoolean();
            Set<String> readers = asA ? Set.of(Readers.team("a"), Readers.principal("alice")) : Set.of(Readers.role("auditor"));
            String own = asA ? "team-a" : "team-b";
            VectorQuery.Mode mode = VectorQuery.Mode.values()[random.nextInt(3)];
            int topK = 1 + random.nextInt(20);
            String text = sentence(random, 1 + random.nextInt(4));
            Map<String, String> filter = random.nextInt(4) == 0 ? Map.of(VectorRecord.DOCUMENT, "doc-" + random.nextInt(PER_TEAM / 50)) : Map.of();
            VectorQuery query = new VectorQuery(List.of("team-a", "team-b"), FakeEmbeddingProvider.vectorOf(text, DIMENSIONS), text, topK, filter,
                    readers, mode);

            List<ScoredRecord> found = store.search(query);

            assertThat(found).as("query %d (%s)", i, mode).allSatisfy(result -> assertThat(result.collection()).isEqualTo(own));
            assertThat(found).as("query %d (%s): %s", i, mode, filter).allSatisfy(result -> assertThat(result.record().metadata())
                    .containsAllEntriesOf(filter));
            if (mode != VectorQuery.Mode.KEYWORD) {
                // every own chunk is a vector candidate: the foreign ones must not have taken any of the k places
                assertThat(found).as("query %d (%s) is full", i, mode).hasSize(topK);
            }
            answered += found.size();
        }
        assertThat(answered).isPositive();
    }

    @Test
    void aReaderOfNeitherTeamGetsNothing() {
        VectorQuery query = new VectorQuery(List.of("team-a", "team-b"), FakeEmbeddingProvider.vectorOf("refund card", DIMENSIONS), "refund card", 10,
                Map.of(), Set.of(Readers.team("c")), VectorQuery.Mode.HYBRID);
        assertThat(store.search(query)).isEmpty();
    }

    private static String sentence(Random random, int words) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < words; i++) {
            text.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return text.toString();
    }
}
