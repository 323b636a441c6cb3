package dev.aegis.bench.rag;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aegis.api.vector.VectorQuery.Mode;
import dev.aegis.bench.rag.RetrievalEvaluation.Evaluator;
import dev.aegis.bench.rag.RetrievalEvaluation.Result;
import dev.aegis.testkit.FakeEmbeddingProvider;
import dev.aegis.testkit.InMemoryVectorStore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The evaluation's plumbing over the testkit's embedder and store; the numbers that matter come from {@code run.sh}. */
class RetrievalEvaluationTest {

    @Test
    void asksEveryQuestionInEveryModeAndScoresItByDocument() {
        RagCorpus corpus = RagCorpus.load(Path.of("rag-eval"));
        FakeEmbeddingProvider embedder = new FakeEmbeddingProvider(256);
        InMemoryVectorStore store = new InMemoryVectorStore();
        Ingest.createCollection(store, RetrievalEvaluation.COLLECTION, embedder);
        Ingest.Timing timing = Ingest.load(embedder, store, RetrievalEvaluation.COLLECTION, RetrievalEvaluation.chunks(corpus, 80), 50);
        List<String> details = new ArrayList<>();

        Map<Mode, Result> results = new Evaluator(embedder, store).run(corpus.questions(), details);

        assertThat(timing.chunks()).isEqualTo(store.count(RetrievalEvaluation.COLLECTION, Map.of())).isGreaterThan(corpus.documents().size());
        assertThat(results).containsOnlyKeys(Mode.KEYWORD, Mode.VECTOR, Mode.HYBRID);
        assertThat(details).hasSize(3 * corpus.questions().size());
        results.values().forEach(result -> {
            assertThat(result.withEmbedding().size()).isEqualTo(corpus.questions().size());
            assertThat(result.kinds()).containsOnlyKeys("keyword", "paraphrase", "mixed");
            // a bag-of-words embedder on questions written for the corpus finds most answers, and never all
            assertThat(result.all().recall()).isBetween(0.5, 0.99);
            assertThat(result.all().mrr()).isBetween(0.3, 0.99);
        });
    }
}
