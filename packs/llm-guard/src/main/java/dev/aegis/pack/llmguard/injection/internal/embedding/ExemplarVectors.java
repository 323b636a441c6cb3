package dev.aegis.pack.llmguard.injection.internal.embedding;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The exemplars already embedded with one model, packaged so a guard over that model starts without
 * embedding them (MiniLM takes ~20 s for them on two cores). Gzip of a header (magic, format version,
 * model, dimensions, window, count, the SHA-256 of the exemplars file they were made from) and the vectors as
 * half-precision floats, in the exemplars' order (attacks, then benign). Used only when the
 * embedder's model and dimensions match and the exemplars are the same; otherwise they are embedded
 * when the guard is built.
 *
 * @param model the embedder's model, e.g. {@code all-minilm-l6-v2}
 * @param window the window the exemplars were cut to ({@link EmbeddingLayer#texts})
 * @param exemplarsHash the SHA-256 of {@link Exemplars#write()} of the exemplars embedded
 */
public record ExemplarVectors(String model, int dimensions, int window, String exemplarsHash, List<float[]> vectors) {

    static final int MAGIC = 0x41454745; // "AEGE"
    static final int VERSION = 1;

    public ExemplarVectors {
        vectors = List.copyOf(vectors);
    }

    /** The packaged resource for {@code model}. */
    public static String resource(String model) {
        return "/dev/aegis/pack/llmguard/injection/exemplar-vectors-" + model.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.-]", "_") + ".bin";
    }

    /** The packaged vectors of {@code exemplars} for {@code model} with {@code dimensions}, if the pack has them. */
    static Optional<ExemplarVectors> packaged(String model, int dimensions, int window, Exemplars exemplars) {
        try (InputStream in = ExemplarVectors.class.getResourceAsStream(resource(model))) {
            if (in == null) {
                return Optional.empty();
            }
            ExemplarVectors vectors = read(in);
            boolean same = vectors.model().equals(model) && vectors.dimensions() == dimensions && vectors.window() == window
                    && vectors.exemplarsHash().equals(hash(exemplars)) && vectors.vectors().size() == exemplars.attacks().size() + exemplars.benign().size();
            return same ? Optional.of(vectors) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the packaged exemplar vectors for " + model, e);
        }
    }

    /** The SHA-256 of the exemplars as written: which exemplars a vectors file belongs to. */
    public static String hash(Exemplars exemplars) {
        try {
            return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(exemplars.write().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public void write(OutputStream target) throws IOException {
        try (DataOutputStream out = new DataOutputStream(new GZIPOutputStream(target))) {
            out.writeInt(MAGIC);
            out.writeShort(VERSION);
            out.writeUTF(model);
            out.writeShort(dimensions);
            out.writeShort(window);
            out.writeInt(vectors.size());
            out.writeUTF(exemplarsHash);
            for (float[] vector : vectors) {
                for (float value : vector) {
                    out.writeShort(Float.floatToFloat16(value));
                }
            }
        }
    }

    public static ExemplarVectors read(InputStream source) throws IOException {
        try (DataInputStream in = new DataInputStream(new GZIPInputStream(source, 1 << 16))) {
            if (in.readInt() != MAGIC) {
                throw new IOException("not an injection-guard exemplar vectors file");
            }
            int version = in.readUnsignedShort();
            if (version != VERSION) {
                throw new IOException("exemplar vectors format " + version + ", this pack reads " + VERSION);
            }
            String model = in.readUTF();
            int dimensions = in.readUnsignedShort();
            int window = in.readUnsignedShort();
            int count = in.readInt();
            String hash = in.readUTF();
            List<float[]> vectors = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                float[] vector = new float[dimensions];
                for (int d = 0; d < dimensions; d++) {
                    vector[d] = Float.float16ToFloat(in.readShort());
                }
                vectors.add(vector);
            }
            return new ExemplarVectors(model, dimensions, window, hash, vectors);
        }
    }
}
