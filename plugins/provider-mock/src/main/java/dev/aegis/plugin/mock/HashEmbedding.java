package dev.aegis.plugin.mock;

/**
 * A unit vector derived from a text's hash: equal texts get equal vectors, different texts almost
 * surely different ones. It carries no meaning: similar texts are not close.
 */
final class HashEmbedding {

    private HashEmbedding() {}

    static float[] of(String text, int dimensions) {
        double[] values = new double[dimensions];
        long state = Fingerprint.of(text);
        double squares = 0;
        for (int i = 0; i < dimensions; i++) {
            state += Fingerprint.GAMMA;
            // 53 random bits to a double in [-1, 1)
            values[i] = (Fingerprint.mix(state) >>> 11) * 0x1.0p-53 * 2 - 1;
            squares += values[i] * values[i];
        }
        double norm = Math.sqrt(squares);
        float[] vector = new float[dimensions];
        for (int i = 0; i < dimensions; i++) {
            vector[i] = (float) (norm == 0 ? 0 : values[i] / norm);
        }
        return vector;
    }
}
