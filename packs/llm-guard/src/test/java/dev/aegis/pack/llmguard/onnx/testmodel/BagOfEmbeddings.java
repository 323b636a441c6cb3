package dev.aegis.pack.llmguard.onnx.testmodel;

import java.util.List;
import java.util.Random;

/**
 * The test model: a bag-of-embeddings classifier, {@code logits = mean(E[ids] over the mask) · W + b}
 * with two labels (0 benign, 1 injection). Trained here by AdaGrad on softmax cross-entropy, and
 * written as the ONNX graph {@code Gather → Mul by the mask → ReduceSum → Div → MatMul → Add}. Not a
 * transformer: it stands in for one so the slot can be tested end to end with a real model file.
 */
final class BagOfEmbeddings {

    /** How it is trained; part of the recipe. */
    record Settings(int dimensions, int epochs, double learningRate, double benignWeight, long seed) {

        String recipe() {
            return "bag-of-embeddings d=" + dimensions + " epochs=" + epochs + " adagrad lr=" + learningRate + " benign-weight=" + benignWeight
                    + " seed=" + seed;
        }
    }

    private static final int LABELS = 2;

    private final int vocabulary;
    private final int dimensions;
    private final float[] embeddings;
    private final float[] weights;
    private final float[] bias;

    private BagOfEmbeddings(int vocabulary, int dimensions, Random random) {
        this.vocabulary = vocabulary;
        this.dimensions = dimensions;
        this.embeddings = new float[vocabulary * dimensions];
        this.weights = new float[dimensions * LABELS];
        this.bias = new float[LABELS];
        for (int i = 0; i < embeddings.length; i++) {
            embeddings[i] = (float) ((random.nextDouble() - 0.5) * 0.2);
        }
        for (int i = 0; i < weights.length; i++) {
            weights[i] = (float) ((random.nextDouble() - 0.5) * 0.2);
        }
    }

    /** Trains on token id sequences (special tokens included) and their labels, in a seeded order. */
    static BagOfEmbeddings train(List<long[]> texts, List<Boolean> attacks, int vocabulary, Settings settings) {
        Random random = new Random(settings.seed());
        BagOfEmbeddings model = new BagOfEmbeddings(vocabulary, settings.dimensions(), random);
        Trainer trainer = model.new Trainer(settings.learningRate());
        int[] order = new int[texts.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        for (int epoch = 0; epoch < settings.epochs(); epoch++) {
            for (int i = order.length - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int swap = order[i];
                order[i] = order[j];
                order[j] = swap;
            }
            for (int index : order) {
                boolean attack = attacks.get(index);
                trainer.step(texts.get(index), attack ? 1 : 0, attack ? 1 : settings.benignWeight());
            }
        }
        return model;
    }

    /** The probability of label 1, computed in Java as the graph computes it. */
    double probability(long[] ids) {
        float[] pooled = pool(ids);
        double[] logits = logits(pooled);
        return 1 / (1 + StrictMath.exp(logits[0] - logits[1]));
    }

    /** The ONNX model file. */
    byte[] onnx() {
        return new OnnxGraph()
                .floats("embeddings", embeddings, vocabulary, dimensions)
                .floats("classifier.weight", weights, dimensions, LABELS)
                .floats("classifier.bias", bias, LABELS)
                .longs("sequence_axis", new long[] {1}, 1)
                .longs("feature_axis", new long[] {2}, 1)
                .floats("one", new float[] {1f}, 1)
                .input("input_ids", OnnxGraph.INT64, "batch", "sequence")
                .input("attention_mask", OnnxGraph.INT64, "batch", "sequence")
                .node("Gather", List.of("embeddings", "input_ids"), "token_embeddings", "axis", 0)
                .node("Cast", List.of("attention_mask"), "mask", "to", OnnxGraph.FLOAT)
                .node("Unsqueeze", List.of("mask", "feature_axis"), "mask_3d")
                .node("Mul", List.of("token_embeddings", "mask_3d"), "masked")
                .node("ReduceSum", List.of("masked", "sequence_axis"), "summed", "keepdims", 0)
                .node("ReduceSum", List.of("mask", "sequence_axis"), "counted", "keepdims", 1)
                .node("Max", List.of("counted", "one"), "divisor")
                .node("Div", List.of("summed", "divisor"), "pooled")
                .node("MatMul", List.of("pooled", "classifier.weight"), "projected")
                .node("Add", List.of("projected", "classifier.bias"), "logits")
                .output("logits", OnnxGraph.FLOAT, "batch", (long) LABELS)
                .model("aegis-test-injection-classifier", "aegis llm-guard tests",
                        "A tiny bag-of-embeddings injection classifier trained on the llm-guard pack's training split; a test model, not a DeBERTa.");
    }

    private float[] pool(long[] ids) {
        float[] pooled = new float[dimensions];
        for (long id : ids) {
            int row = (int) id * dimensions;
            for (int d = 0; d < dimensions; d++) {
                pooled[d] += embeddings[row + d];
            }
        }
        float count = Math.max(1, ids.length);
        for (int d = 0; d < dimensions; d++) {
            pooled[d] /= count;
        }
        return pooled;
    }

    private double[] logits(float[] pooled) {
        double[] logits = new double[LABELS];
        for (int k = 0; k < LABELS; k++) {
            float sum = 0;
            for (int d = 0; d < dimensions; d++) {
                sum += pooled[d] * weights[d * LABELS + k];
            }
            logits[k] = sum + bias[k];
        }
        return logits;
    }

    /** AdaGrad on every parameter; the squared-gradient sums live here, not in the model. */
    private final class Trainer {
        private final double rate;
        private final double[] embeddingSquares = new double[embeddings.length];
        private final double[] weightSquares = new double[weights.length];
        private final double[] biasSquares = new double[bias.length];

        Trainer(double rate) {
            this.rate = rate;
        }

        void step(long[] ids, int label, double sampleWeight) {
            float[] pooled = pool(ids);
            double[] logits = logits(pooled);
            double attack = 1 / (1 + StrictMath.exp(logits[0] - logits[1]));
            double[] gradient = {sampleWeight * ((1 - attack) - (label == 0 ? 1 : 0)), sampleWeight * (attack - (label == 1 ? 1 : 0))};
            double[] pooledGradient = new double[dimensions];
            for (int d = 0; d < dimensions; d++) {
                for (int k = 0; k < LABELS; k++) {
                    int at = d * LABELS + k;
                    pooledGradient[d] += weights[at] * gradient[k];
                    weights[at] = update(weights[at], pooled[d] * gradient[k], weightSquares, at);
                }
            }
            for (int k = 0; k < LABELS; k++) {
                bias[k] = update(bias[k], gradient[k], biasSquares, k);
            }
            double share = 1.0 / Math.max(1, ids.length);
            for (long id : ids) {
                int row = (int) id * dimensions;
                for (int d = 0; d < dimensions; d++) {
                    embeddings[row + d] = update(embeddings[row + d], pooledGradient[d] * share, embeddingSquares, row + d);
                }
            }
        }

        private float update(float value, double gradient, double[] squares, int at) {
            squares[at] += gradient * gradient;
            return (float) (value - rate * gradient / (StrictMath.sqrt(squares[at]) + 1e-8));
        }
    }
}
