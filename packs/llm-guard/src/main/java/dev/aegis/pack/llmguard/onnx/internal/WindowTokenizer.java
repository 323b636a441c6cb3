package dev.aegis.pack.llmguard.onnx.internal;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.djl.util.Utils;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The model's own tokenizer, cutting a text into windows of at most {@code max-tokens} (special
 * tokens included) that overlap by {@code stride}, so an order deep in a long document is read whole in
 * some window. Thread-safe: the native tokenizer is immutable once loaded.
 */
final class WindowTokenizer {

    /** One window's ids, attention mask and token type ids, all of one length. */
    record Window(long[] ids, long[] mask, long[] types) {}

    /** Where DJL extracts its native libraries (a system property, else the environment, else its cache directory). */
    private static final String ENGINE_CACHE_DIR = "ENGINE_CACHE_DIR";

    private final HuggingFaceTokenizer tokenizer;

    private WindowTokenizer(HuggingFaceTokenizer tokenizer) {
        this.tokenizer = tokenizer;
    }

    static WindowTokenizer load(Path file, int maxTokens, int stride, String key) {
        // DJL looks for its native library through the thread's context class loader: from a plugin directory
        // that is the gateway's, which does not see this pack's jars
        // and it extracts that library to one path per user: a JVM loads a native library into one class loader
        // only, so beside embeddings-local (its own plugin directory, its own DJL) this pack takes a path of its own
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(WindowTokenizer.class.getClassLoader());
        String engineCache = System.getProperty(ENGINE_CACHE_DIR);
        System.setProperty(ENGINE_CACHE_DIR, Utils.getEngineCacheDir().resolve("aegis-pack-llm-guard").toString());
        try {
            return new WindowTokenizer(HuggingFaceTokenizer.builder()
                    .optTokenizerPath(file)
                    .optAddSpecialTokens(true)
                    .optTruncation(true)
                    .optMaxLength(maxTokens)
                    .optStride(stride)
                    .optWithOverflowingTokens(true)
                    .optPadding(false)
                    .build());
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException(key + ".tokenizer: " + file + " is not a tokenizer.json the Hugging Face tokenizers library can read ("
                    + e.getMessage() + ")", e);
        } finally {
            thread.setContextClassLoader(previous);
            if (engineCache == null) {
                System.clearProperty(ENGINE_CACHE_DIR);
            } else {
                System.setProperty(ENGINE_CACHE_DIR, engineCache);
            }
        }
    }

    List<Window> windows(String text) {
        Encoding first = tokenizer.encode(text);
        List<Window> windows = new ArrayList<>();
        windows.add(window(first));
        Encoding[] overflowing = first.getOverflowing();
        if (overflowing != null) {
            for (Encoding next : overflowing) {
                windows.add(window(next));
            }
        }
        return windows;
    }

    private static Window window(Encoding encoding) {
        return new Window(encoding.getIds(), encoding.getAttentionMask(), encoding.getTypeIds());
    }
}
