package dev.aegis.pack.llmguard.injection.internal.embedding;

import dev.aegis.api.vector.EmbeddingProvider;
import dev.aegis.pack.llmguard.internal.TextWindows;
import dev.aegis.pack.llmguard.internal.UnitVectors;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Scores a text by its nearest exemplars in an embedder's space: the similarity-weighted share of
 * attacks among the {@code neighbours} most similar exemplars (cosine). A text longer than the window
 * is embedded in half-overlapping windows (a sentence encoder reads a bounded number of word pieces,
 * MiniLM 256) and the highest window counts, so an order buried in a long document is not diluted.
 * The exemplars are embedded once, when the layer is built, unless the pack holds their vectors for
 * the embedder's model ({@link ExemplarVectors}). Thread-safe.
 */
public final class EmbeddingLayer {

    private static final int BATCH = 64;

    private final EmbeddingProvider embedder;
    private final int neighbours;
    private final int window;
    private final int dimensions;
    // exemplar vectors, unit length, one after the other; attack[i] tells each one's label
    private final float[] vectors;
    private final boolean[] attack;

    public EmbeddingLayer(EmbeddingProvider embedder, Exemplars exemplars, int neighbours, int window) {
        this.embedder = embedder;
        this.neighbours = neighbours;
        this.window = window;
        List<float[]> embedded = ExemplarVectors.packaged(embedder.model(), embedder.dimensions(), window, exemplars)
                .map(ExemplarVectors::vectors)
                .orElseGet(() -> embedAll(texts(exemplars, window)));
        this.dimensions = embedded.isEmpty() ? 0 : embedded.getFirst().length;
        this.vectors = new float[embedded.size() * dimensions];
        this.attack = new boolean[embedded.size()];
        for (int i = 0; i < embedded.size(); i++) {
            float[] unit = UnitVectors.unit(embedded.get(i));
            if (unit.length != dimensions) {
                throw new IllegalStateException("embedder " + embedder.model() + " returned vectors of " + unit.length + " and " + dimensions + " dimensions");
            }
            System.arraycopy(unit, 0, vectors, i * dimensions, dimensions);
            attack[i] = i < exemplars.attacks().size();
        }
    }

    /** What is embedded of each exemplar, attacks then benign: its first window. */
    public static List<String> texts(Exemplars exemplars, int window) {
        List<String> texts = new ArrayList<>();
        exemplars.attacks().forEach(text -> texts.add(TextWindows.head(text, window)));
        exemplars.benign().forEach(text -> texts.add(TextWindows.head(text, window)));
        return texts;
    }

    private List<float[]> embedAll(List<String> texts) {
        List<float[]> all = new ArrayList<>(texts.size());
        for (int from = 0; from < texts.size(); from += BATCH) {
            all.addAll(embedder.embed(texts.subList(from, Math.min(texts.size(), from + BATCH))));
        }
        return all;
    }

    /** The highest score of any window of any of {@code texts}, embedded in one call. */
    public double score(List<String> texts) {
        List<String> windows = new ArrayList<>();
        for (String text : texts) {
            TextWindows.addTo(windows, text, window);
        }
        if (windows.isEmpty()) {
            return 0;
        }
        double best = 0;
        for (float[] vector : embedder.embed(windows)) {
            best = Math.max(best, vote(UnitVectors.unit(vector)));
        }
        return best;
    }

    // similarity-weighted share of attacks among the nearest exemplars
    double vote(float[] unit) {
        int count = Math.min(neighbours, attack.length);
        int[] nearest = new int[count];
        double[] similarity = new double[count];
        Arrays.fill(similarity, Double.NEGATIVE_INFINITY);
        for (int exemplar = 0; exemplar < attack.length; exemplar++) {
            double dot = UnitVectors.dot(unit, vectors, exemplar * dimensions);
            if (dot > similarity[count - 1]) {
                int at = count - 1;
                while (at > 0 && similarity[at - 1] < dot) {
                    similarity[at] = similarity[at - 1];
                    nearest[at] = nearest[at - 1];
                    at--;
                }
                similarity[at] = dot;
                nearest[at] = exemplar;
            }
        }
        double attacks = 0;
        double total = 0;
        for (int i = 0; i < count; i++) {
            double weight = Math.max(0, similarity[i]);
            total += weight;
            attacks += attack[nearest[i]] ? weight : 0;
        }
        return total == 0 ? 0 : attacks / total;
    }

    /** How many exemplars the layer compares with. */
    public int exemplars() {
        return attack.length;
    }

    /** The embedder's model. */
    public String model() {
        return embedder.model();
    }
}
