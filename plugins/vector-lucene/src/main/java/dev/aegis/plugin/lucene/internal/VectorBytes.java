package dev.aegis.plugin.lucene.internal;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** A vector as little-endian IEEE floats: how it is kept in the index's stored fields and in PostgreSQL. */
public final class VectorBytes {

    private VectorBytes() {}

    public static byte[] encode(float[] vector) {
        ByteBuffer buffer = ByteBuffer.allocate(vector.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        buffer.asFloatBuffer().put(vector);
        return buffer.array();
    }

    public static float[] decode(byte[] bytes, int offset, int length) {
        if (length % Float.BYTES != 0) {
            throw new IllegalArgumentException("a stored vector has " + length + " bytes, not a whole number of floats");
        }
        float[] vector = new float[length / Float.BYTES];
        ByteBuffer.wrap(bytes, offset, length).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(vector);
        return vector;
    }

    /**
     * Checks that {@code vector} can be ranked by cosine: finite, and not all zeros (a zero vector has no
     * direction; it usually means the embedder failed).
     */
    public static void checkRankable(float[] vector, String what) {
        double norm = 0;
        for (float value : vector) {
            if (!Float.isFinite(value)) {
                throw new IllegalArgumentException(what + " has a value that is not a finite number");
            }
            norm += value * value;
        }
        if (norm == 0) {
            throw new IllegalArgumentException(what + " is all zeros; cosine similarity needs a direction");
        }
    }
}
