package dev.aegis.pack.llmguard.onnx.internal;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
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

    private final HuggingFaceTokenizer tokenizer;

    private WindowTokenizer(HuggingFaceTokenizer tokenizer) {
        this.tokenizer = tokenizer;
    }

    static WindowTokenizer load(Path file, int maxTokens, int stride, String key) {
        // DJL looks for its native library through the thread's context class loader: from a plugin directory
        // that is the gateway's, which does not see this pack's jars
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(WindowTokenizer.class.getClassLoader());
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
