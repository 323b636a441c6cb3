package dev.aegis.pack.llmguard.scanners.internal;

import dev.aegis.api.vector.EmbeddingProvider;
import dev.aegis.pack.llmguard.internal.TextWindows;
import dev.aegis.pack.llmguard.internal.UnitVectors;
import dev.aegis.pack.llmguard.scanners.BannedTopicsConfig;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Topics described in words, matched by cosine similarity: each topic's description and examples are
 * embedded once, when the guard is built; a text (in windows) is about a topic when some window is at
 * least the topic's threshold similar to its description or to one of its examples. Thread-safe.
 */
final class TopicSimilarity {

    // words, not characters: a window of ~200 words stays inside MiniLM's 256 word pieces
    static final int WINDOW = 800;

    private final EmbeddingProvider embedder;
    private final List<float[]> vectors = new ArrayList<>();
    private final List<Integer> topicOf = new ArrayList<>();
    private final double[] thresholds;

    TopicSimilarity(EmbeddingProvider embedder, BannedTopicsConfig config) {
        this.embedder = embedder;
        List<BannedTopicsConfig.Topic> topics = config.topics();
        this.thresholds = new double[topics.size()];
        List<String> texts = new ArrayList<>();
        for (int topic = 0; topic < topics.size(); topic++) {
            BannedTopicsConfig.Topic described = topics.get(topic);
            thresholds[topic] = described.similarity() == null ? config.similarity() : described.similarity();
            for (String text : described.descriptions()) {
                texts.add(TextWindows.head(text, WINDOW));
                topicOf.add(topic);
            }
        }
        embedder.embed(texts).forEach(vector -> vectors.add(UnitVectors.unit(vector)));
    }

    /** Per topic, the highest similarity of any window of {@code text}; NaN for topics not described in words. */
    double[] similarities(String text) {
        double[] best = new double[thresholds.length];
        Arrays.fill(best, Double.NaN);
        List<String> windows = TextWindows.of(text, WINDOW);
        if (windows.isEmpty()) {
            return best;
        }
        for (float[] window : embedder.embed(windows)) {
            float[] unit = UnitVectors.unit(window);
            for (int i = 0; i < vectors.size(); i++) {
                int topic = topicOf.get(i);
                double similarity = UnitVectors.dot(unit, vectors.get(i), 0);
                best[topic] = Double.isNaN(best[topic]) ? similarity : Math.max(best[topic], similarity);
            }
        }
        return best;
    }

    double threshold(int topic) {
        return thresholds[topic];
    }
}
