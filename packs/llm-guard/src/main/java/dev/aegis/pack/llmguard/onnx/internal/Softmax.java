package dev.aegis.pack.llmguard.onnx.internal;

import java.nio.FloatBuffer;

/** The probability of one label from a row of logits: softmax over the row, or the sigmoid of a single logit. */
final class Softmax {

    private Softmax() {}

    static double probability(FloatBuffer logits, int offset, int labels, int positive) {
        if (labels == 1) {
            return 1 / (1 + Math.exp(-logits.get(offset)));
        }
        double max = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < labels; k++) {
            max = Math.max(max, logits.get(offset + k));
        }
        double sum = 0;
        for (int k = 0; k < labels; k++) {
            sum += Math.exp(logits.get(offset + k) - max);
        }
        return Math.exp(logits.get(offset + positive) - max) / sum;
    }
}
