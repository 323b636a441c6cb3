package dev.aegis.pack.llmguard.injection.training;

import dev.aegis.pack.llmguard.injection.internal.linear.FeatureHasher;
import dev.aegis.pack.llmguard.injection.internal.linear.LinearModel;
import java.util.List;
import java.util.Random;

/**
 * Logistic regression by stochastic gradient descent with AdaGrad step sizes and L2 decay on the
 * weights a step touches, over hashed features. Single-threaded with a seeded shuffle: the same
 * examples and settings give the same weights, bit for bit.
 */
final class LogisticRegression {

    /** One training window: its features' mixed hashes, 1/sqrt(their number), its label and weight. */
    record Example(int[] mixed, double norm, boolean attack, double weight) {}

    /** The settings of a training run; they are written into the model's recipe. */
    record Settings(int bits, int window, int epochs, double learningRate, double l2, double benignWeight, long seed) {

        String recipe() {
            return "TrainClassifier bits=" + bits + " window=" + window + " epochs=" + epochs + " learning-rate=" + learningRate
                    + " l2=" + l2 + " benign-weight=" + benignWeight + " seed=" + seed
                    + " features=char" + FeatureHasher.CHAR_MIN + "-" + FeatureHasher.CHAR_MAX + "+word1-2";
        }
    }

    private LogisticRegression() {}

    static LinearModel train(List<Example> examples, Settings settings, String corpusHash) {
        int size = 1 << settings.bits();
        double[] weights = new double[size];
        double[] squares = new double[size];
        double bias = 0;
        double biasSquares = 0;
        int[] order = new int[examples.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Random random = new Random(settings.seed());
        for (int epoch = 0; epoch < settings.epochs(); epoch++) {
            shuffle(order, random);
            for (int index : order) {
                Example example = examples.get(index);
                double z = bias;
                for (int mixed : example.mixed()) {
                    z += FeatureHasher.sign(mixed) * weights[FeatureHasher.slot(mixed, settings.bits())] * example.norm();
                }
                double p = 1 / (1 + Math.exp(-z));
                double error = (p - (example.attack() ? 1 : 0)) * example.weight();
                for (int mixed : example.mixed()) {
                    int slot = FeatureHasher.slot(mixed, settings.bits());
                    double gradient = error * FeatureHasher.sign(mixed) * example.norm() + settings.l2() * weights[slot];
                    squares[slot] += gradient * gradient;
                    weights[slot] -= settings.learningRate() * gradient / (Math.sqrt(squares[slot]) + 1e-8);
                }
                biasSquares += error * error;
                bias -= settings.learningRate() * error / (Math.sqrt(biasSquares) + 1e-8);
            }
        }
        float[] packed = new float[size];
        for (int i = 0; i < size; i++) {
            packed[i] = (float) weights[i];
        }
        return new LinearModel(settings.bits(), settings.window(), (float) bias, packed, settings.recipe(), corpusHash);
    }

    private static void shuffle(int[] order, Random random) {
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
    }
}
