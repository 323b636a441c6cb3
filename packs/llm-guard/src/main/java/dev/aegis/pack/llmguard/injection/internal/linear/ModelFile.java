package dev.aegis.pack.llmguard.injection.internal.linear;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The classifier's weights on disk: gzip of a header (magic, format version, hashing bits, window,
 * bias, the recipe that made it and a hash of its training corpus) and the weights as half-precision
 * floats, one per slot.
 */
public final class ModelFile {

    static final int MAGIC = 0x4145474C; // "AEGL"
    static final int VERSION = 1;

    private ModelFile() {}

    public static void write(LinearModel model, OutputStream target) throws IOException {
        try (DataOutputStream out = new DataOutputStream(new GZIPOutputStream(target))) {
            out.writeInt(MAGIC);
            out.writeShort(VERSION);
            out.writeByte(model.bits());
            out.writeShort(model.window());
            out.writeFloat(model.bias());
            out.writeUTF(model.recipe());
            out.writeUTF(model.corpusHash());
            float[] weights = model.weights();
            for (float weight : weights) {
                out.writeShort(Float.floatToFloat16(weight));
            }
        }
    }

    public static LinearModel read(InputStream source) throws IOException {
        try (DataInputStream in = new DataInputStream(new GZIPInputStream(source, 1 << 16))) {
            if (in.readInt() != MAGIC) {
                throw new IOException("not an injection-guard model file");
            }
            int version = in.readUnsignedShort();
            if (version != VERSION) {
                throw new IOException("model file format " + version + ", this pack reads " + VERSION);
            }
            int bits = in.readUnsignedByte();
            int window = in.readUnsignedShort();
            float bias = in.readFloat();
            String recipe = in.readUTF();
            String corpusHash = in.readUTF();
            float[] weights = new float[1 << bits];
            byte[] raw = new byte[weights.length * 2];
            in.readFully(raw);
            for (int i = 0; i < weights.length; i++) {
                weights[i] = Float.float16ToFloat((short) ((raw[2 * i] & 0xFF) << 8 | raw[2 * i + 1] & 0xFF));
            }
            return new LinearModel(bits, window, bias, weights, recipe, corpusHash);
        }
    }
}
