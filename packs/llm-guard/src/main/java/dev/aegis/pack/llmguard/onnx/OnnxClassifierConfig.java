package dev.aegis.pack.llmguard.onnx;

import dev.aegis.api.guard.ScanTarget;
import dev.aegis.pack.llmguard.injection.InjectionGuardConfig.Mode;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;

/**
 * Configuration of {@code onnx-classifier}: an operator-supplied text classification model (an
 * injection, jailbreak or toxicity classifier exported to ONNX) used as a guardrail.
 *
 * @param model path of the {@code .onnx} file; a {@code config.json} next to it, when present, names the labels
 * @param tokenizer path of the model's {@code tokenizer.json}
 * @param label the positive label, by name (from {@code config.json}'s {@code id2label}) or index; {@code 1} by default
 * @param threshold the probability of the positive label at which the guard acts; 0.5 by default
 * @param mode {@code block} (the default), {@code require-approval} or {@code flag}
 * @param targets what to scan; prompts, tool results and retrieved chunks by default
 * @param maxTokens tokens per window (the model's limit); 512 by default. Longer texts are read in windows, the highest score counts
 * @param stride tokens shared by consecutive windows; a quarter of {@code max-tokens} by default
 * @param threads ONNX Runtime threads per run; 1 by default
 * @param concurrency runs at the same time; 2 by default. Further scans wait for a slot
 * @param batch windows per run; 8 by default
 * @param timeout how long a scan may wait and run; 5 s by default. Past it the scan fails, and the route's
 *     {@code on-error} decides (fail closed unless it says {@code allow})
 */
public record OnnxClassifierConfig(
        @NotBlank String model,
        @NotBlank String tokenizer,
        String label,
        @DecimalMin("0.0") @DecimalMax("1.0") Double threshold,
        Mode mode,
        Set<ScanTarget> targets,
        @Min(8) @Max(8192) Integer maxTokens,
        @Min(0) Integer stride,
        @Min(1) @Max(64) Integer threads,
        @Min(1) @Max(256) Integer concurrency,
        @Min(1) @Max(256) Integer batch,
        Duration timeout) {

    public OnnxClassifierConfig {
        threshold = threshold == null ? 0.5 : threshold;
        mode = mode == null ? Mode.BLOCK : mode;
        targets = targets == null || targets.isEmpty()
                ? Set.copyOf(EnumSet.of(ScanTarget.PROMPT, ScanTarget.TOOL_RESULT, ScanTarget.RAG_CHUNK))
                : Set.copyOf(targets);
    }

    /** The model at {@code model} with its tokenizer, every other key at its default. */
    public static OnnxClassifierConfig of(String model, String tokenizer) {
        return new OnnxClassifierConfig(model, tokenizer, null, null, null, null, null, null, null, null, null, null);
    }

    /** What the loader needs, with the defaults of the keys left out. */
    public OnnxModelSettings settings() {
        return OnnxModelSettings.of("onnx-classifier", model, tokenizer, label, maxTokens, stride, threads, concurrency, batch, timeout);
    }
}
