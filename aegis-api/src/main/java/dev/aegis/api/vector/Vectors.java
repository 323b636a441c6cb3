package dev.aegis.api.vector;

import dev.aegis.api.API;

/** Arithmetic on embedding vectors that stores, nodes and interfaces must agree on. */
@API(status = API.Status.EXPERIMENTAL)
public final class Vectors {

    private Vectors() {}

    /**
     * The cosine similarity of two vectors of one length, from -1 to 1; 0 when either is all zeros.
     * Accumulates in double precision, so the same pair gives the same number everywhere.
     */
    public static double cosine(float[] a, float[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("vectors of " + a.length + " and " + b.length + " dimensions cannot be compared");
        }
        double dot = 0;
        double normA = 0;
        double normB = 0;
        for (int i = 0; i < a.length; i++) {
            dot += (double) a[i] * b[i];
            normA += (double) a[i] * a[i];
            normB += (double) b[i] * b[i];
        }
        return normA == 0 || normB == 0 ? 0 : dot / Math.sqrt(normA * normB);
    }
}
