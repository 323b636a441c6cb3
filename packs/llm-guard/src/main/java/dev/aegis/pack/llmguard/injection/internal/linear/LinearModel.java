package dev.aegis.pack.llmguard.injection.internal.linear;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Logistic regression over {@link FeatureHasher}'s features: the logit of a window is the bias plus
 * the signed weights of its features divided by the square root of their number (so a window's
 * length does not decide its score). A text longer than {@link #window()} characters is scored in
 * windows of that size, half overlapping, and its logit is the highest: an order buried in a long
 * document is not diluted by the rest. Immutable and thread-safe.
 */
public final class LinearModel {

    public static final String RESOURCE = "/dev/aegis/pack/llmguard/injection/linear-model.bin";

    private final int bits;
    private final int window;
    private final float bias;
    private final float[] weights;
    private final String recipe;
    private final String corpusHash;

    public LinearModel(int bits, int window, float bias, float[] weights, String recipe, String corpusHash) {
        if (weights.length != 1 << bits) {
            throw new IllegalArgumentException("a model of " + bits + " bits has " + (1 << bits) + " weights, not " + weights.length);
        }
        this.bits = bits;
        this.window = window;
        this.bias = bias;
        this.weights = weights;
        this.recipe = recipe;
        this.corpusHash = corpusHash;
    }

    /** The model packaged with the pack. */
    public static LinearModel standard() {
        try (InputStream in = LinearModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the classifier weights " + RESOURCE + " are missing from the pack");
            }
            return ModelFile.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the classifier weights " + RESOURCE, e);
        }
    }

    /** The probability that {@code folded} is an injection. */
    public double probability(String folded) {
        return 1 / (1 + Math.exp(-logit(folded)));
    }

    /** The highest logit of any window of {@code folded}. */
    public double logit(String folded) {
        int length = folded.length();
        if (length <= window) {
            return logit(folded, 0, length);
        }
        double best = Double.NEGATIVE_INFINITY;
        int step = window / 2;
        for (int start = 0; ; start += step) {
            int end = Math.min(length, start + window);
            best = Math.max(best, logit(folded, Math.max(0, end - window), end));
            if (end == length) {
                return best;
            }
        }
    }

    private double logit(String folded, int from, int to) {
        Accumulator sum = new Accumulator(weights, bits);
        int count = FeatureHasher.features(folded, from, to, sum);
        return count == 0 ? bias : bias + sum.total / Math.sqrt(count);
    }

    public int bits() {
        return bits;
    }

    public int window() {
        return window;
    }

    public float bias() {
        return bias;
    }

    /** A copy of the weights. */
    public float[] weights() {
        return weights.clone();
    }

    /** How the weights were made: the training command, its settings and seed. */
    public String recipe() {
        return recipe;
    }

    /** The SHA-256 of the training corpus the weights were learned from. */
    public String corpusHash() {
        return corpusHash;
    }

    private static final class Accumulator implements FeatureHasher.Sink {
        private final float[] weights;
        private final int bits;
        double total;

        Accumulator(float[] weights, int bits) {
            this.weights = weights;
            this.bits = bits;
        }

        @Override
        public void accept(int hash) {
            int mixed = FeatureHasher.mix(hash);
            float weight = weights[FeatureHasher.slot(mixed, bits)];
            total += (mixed & 1) == 0 ? weight : -weight;
        }
    }
}
