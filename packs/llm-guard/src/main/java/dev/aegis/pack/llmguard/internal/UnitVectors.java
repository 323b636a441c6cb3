package dev.aegis.pack.llmguard.internal;

/** Vectors scaled to unit length, so that a dot product is their cosine similarity. */
public final class UnitVectors {

    private UnitVectors() {}

    /** {@code vector} scaled to length 1; all zeros stays zeros. */
    public static float[] unit(float[] vector) {
        double norm = 0;
        for (float value : vector) {
            norm += value * value;
        }
        float[] unit = new float[vector.length];
        if (norm == 0) {
            return unit;
        }
        float scale = (float) (1 / Math.sqrt(norm));
        for (int i = 0; i < vector.length; i++) {
            unit[i] = vector[i] * scale;
        }
        return unit;
    }

    /** The dot product of {@code a} with the vector stored in {@code matrix} from {@code offset}. */
    public static double dot(float[] a, float[] matrix, int offset) {
        double dot = 0;
        for (int d = 0; d < a.length; d++) {
            dot += a[d] * matrix[offset + d];
        }
        return dot;
    }
}
