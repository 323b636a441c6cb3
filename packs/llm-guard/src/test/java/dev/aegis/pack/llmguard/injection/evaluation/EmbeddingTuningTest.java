package dev.aegis.pack.llmguard.injection.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aegis.api.vector.EmbeddingProvider;
import dev.aegis.pack.llmguard.injection.InjectionGuardConfig;
import dev.aegis.pack.llmguard.injection.corpus.Corpus;
import dev.aegis.pack.llmguard.injection.corpus.Sample;
import dev.aegis.pack.llmguard.injection.internal.embedding.EmbeddingLayer;
import dev.aegis.pack.llmguard.injection.internal.embedding.Exemplars;
import dev.aegis.pack.llmguard.injection.internal.heuristic.Heuristics;
import dev.aegis.pack.llmguard.injection.internal.linear.LinearModel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The embedding layer's settings (weight, band, neighbours) were chosen on the dev split with this,
 * never on the held-out split:
 * {@code ./mvnw -q -pl packs/llm-guard -am verify -Dtest=EmbeddingTuningTest -Dsurefire.failIfNoSpecifiedTests=false -Dinjection.tune=true}
 */
class EmbeddingTuningTest {

    @Test
    @EnabledIfSystemProperty(named = "injection.tune", matches = "true")
    void printsTheDevSplitForEachSetting() {
        EmbeddingProvider embedder = new CachingEmbedder(EvaluationEmbedder.load());
        long start = System.nanoTime();
        EmbeddingLayer built = new EmbeddingLayer(embedder, Exemplars.standard(), 5, 800);
        // printed, never asserted: what building the layer costs when the guard starts
        System.out.printf(java.util.Locale.ROOT, "embedded %d exemplars with %s in %d ms%n", built.exemplars(), embedder.model(),
                (System.nanoTime() - start) / 1_000_000);
        List<Sample> dev = Corpus.dev();
        Heuristics heuristics = Heuristics.standard();
        LinearModel model = LinearModel.standard();
        List<Scoreboard> boards = new ArrayList<>();
        boards.add(Scoreboard.score(Detector.layers(heuristics, model).getLast(), dev, InjectionGuardConfig.Thresholds.defaults()));
        for (int neighbours : new int[] {3, 7}) {
            for (double weight : new double[] {0.3, 0.5, 0.7}) {
                for (double low : new double[] {0.0, 0.1}) {
                    InjectionGuardConfig.Embedding settings = new InjectionGuardConfig.Embedding("tuning", weight, low, 0.95, neighbours, null);
                    List<Detector> detectors = Detector.embedding(heuristics, model, embedder, settings);
                    for (Detector detector : low == 0.0 && weight == 0.3 ? detectors : detectors.subList(2, 3)) {
                        Detector named = new Detector(detector.name() + ", k " + neighbours + ", weight " + weight, detector.scanner());
                        boards.add(Scoreboard.score(named, dev, InjectionGuardConfig.Thresholds.defaults()));
                    }
                }
            }
        }
        System.out.println(Scoreboard.table("Dev split with the embedding layer over " + embedder.model(), boards));
        assertThat(boards).hasSizeGreaterThan(2);
    }
}
