package dev.aegis.pack.llmguard.injection;

import dev.aegis.pack.llmguard.onnx.OnnxModelSettings;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.time.Duration;

/**
 * The {@code onnx} layer of {@code injection-guard}: an operator-supplied injection classifier (e.g. a
 * DeBERTa-v3 model exported with {@code optimum-cli export onnx}) scoring each text and every text
 * decoded from it. Its probability, times {@code weight}, joins the other layers' score by noisy-or:
 * {@code 1 − (1 − score)(1 − weight × p)}.
 *
 * @param model path of the {@code .onnx} file; a {@code config.json} next to it, when present, names the labels
 * @param tokenizer path of the model's {@code tokenizer.json}
 * @param label the injection label, by name ({@code INJECTION}) or index; {@code 1} by default
 * @param weight how much the model's probability counts, 0 to 1; 1 by default
 * @param maxTokens tokens per window; 512 by default. Longer texts are read in windows, the highest counts
 * @param stride tokens shared by consecutive windows; a quarter of {@code max-tokens} by default
 * @param threads ONNX Runtime threads per run; 1 by default
 * @param concurrency runs at the same time; 2 by default
 * @param batch windows per run; 8 by default
 * @param timeout how long one scan may wait for the model and run it; 5 s by default. Past it the scan
 *     fails and the route's {@code on-error} decides (fail closed unless it says {@code allow})
 */
public record OnnxLayerConfig(
        @NotBlank String model,
        @NotBlank String tokenizer,
        String label,
        @DecimalMin("0.0") @DecimalMax("1.0") Double weight,
        @Min(8) @Max(8192) Integer maxTokens,
        @Min(0) Integer stride,
        @Min(1) @Max(64) Integer threads,
        @Min(1) @Max(256) Integer concurrency,
        @Min(1) @Max(256) Integer batch,
        Duration timeout) {

    public OnnxLayerConfig {
        weight = weight == null ? 1.0 : weight;
    }

    /** The model at {@code model} with its tokenizer and positive label, every other key at its default. */
    public static OnnxLayerConfig of(String model, String tokenizer, String label) {
        return new OnnxLayerConfig(model, tokenizer, label, null, null, null, null, null, null, null);
    }

    /** What the loader needs, with the defaults of the keys left out. */
    public OnnxModelSettings settings() {
        return OnnxModelSettings.of("onnx", model, tokenizer, label, maxTokens, stride, threads, concurrency, batch, timeout);
    }
}
