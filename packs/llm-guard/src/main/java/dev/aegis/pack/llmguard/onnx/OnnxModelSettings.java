package dev.aegis.pack.llmguard.onnx;

import java.nio.file.Path;
import java.time.Duration;

/**
 * What loading and running an operator-supplied sequence classifier needs; both {@code onnx-classifier}
 * and the {@code onnx} layer of {@code injection-guard} are configured down to this.
 *
 * @param key where the settings sit in the configuration, for error messages (e.g. {@code onnx})
 * @param model the {@code .onnx} file; a {@code config.json} next to it names the labels ({@code id2label})
 * @param tokenizer the model's {@code tokenizer.json} (Hugging Face tokenizers format)
 * @param label the positive label: its name in {@code id2label}, or its index
 * @param maxTokens tokens per window, special tokens included
 * @param stride tokens shared by consecutive windows of a long text
 * @param threads ONNX Runtime intra-op threads per run
 * @param concurrency runs at the same time; callers beyond it wait up to {@code timeout}
 * @param batch windows per run
 * @param timeout how long a scan may wait for a slot and run before it fails (and the guard fails closed)
 */
public record OnnxModelSettings(String key, Path model, Path tokenizer, String label, int maxTokens, int stride, int threads,
        int concurrency, int batch, Duration timeout) {

    private static final String DEFAULT_LABEL = "1";
    private static final int DEFAULT_MAX_TOKENS = 512;
    private static final int DEFAULT_THREADS = 1;
    private static final int DEFAULT_CONCURRENCY = 2;
    private static final int DEFAULT_BATCH = 8;
    private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);

    public OnnxModelSettings {
        if (stride < 0 || stride > maxTokens / 2) {
            throw new IllegalArgumentException(key + ".stride: " + stride + " must be between 0 and half of max-tokens (" + maxTokens / 2 + ")");
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException(key + ".timeout: must be positive, not " + timeout);
        }
    }

    /** The settings from configuration keys, each null one at its default. */
    public static OnnxModelSettings of(String key, String model, String tokenizer, String label, Integer maxTokens, Integer stride,
            Integer threads, Integer concurrency, Integer batch, Duration timeout) {
        int tokens = maxTokens == null ? DEFAULT_MAX_TOKENS : maxTokens;
        return new OnnxModelSettings(key, Path.of(model), Path.of(tokenizer), label == null || label.isBlank() ? DEFAULT_LABEL : label.strip(),
                tokens, stride == null ? tokens / 4 : stride, threads == null ? DEFAULT_THREADS : threads,
                concurrency == null ? DEFAULT_CONCURRENCY : concurrency, batch == null ? DEFAULT_BATCH : batch,
                timeout == null ? DEFAULT_TIMEOUT : timeout);
    }
}
