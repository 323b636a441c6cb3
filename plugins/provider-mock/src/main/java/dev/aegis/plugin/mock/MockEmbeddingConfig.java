package dev.aegis.plugin.mock;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;

/**
 * Configuration of the {@code mock} embedder; every key is optional.
 *
 * @param model the model name it reports
 * @param dimensions floats per vector
 */
public record MockEmbeddingConfig(@NotBlank String model, @Positive @Max(4096) Integer dimensions) {

    public MockEmbeddingConfig {
        model = model == null ? "mock-embedding" : model;
        dimensions = dimensions == null ? 16 : dimensions;
    }
}
