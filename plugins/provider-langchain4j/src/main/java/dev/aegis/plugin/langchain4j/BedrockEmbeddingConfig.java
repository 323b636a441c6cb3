package dev.aegis.plugin.langchain4j;

import dev.aegis.api.secret.Secret;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Configuration of the {@code bedrock} embedder (Amazon Titan text embeddings on Bedrock); the
 * connection keys are the {@code bedrock} provider's.
 *
 * @param model the Titan model id, {@code amazon.titan-embed-text-v2:0} by default
 * @param region e.g. {@code eu-central-1}; the AWS default region chain when absent
 * @param accessKeyId with {@code secret-access-key}, static credentials; the AWS default chain when both are absent
 * @param secretAccessKey see {@code access-key-id}
 * @param sessionToken for temporary static credentials
 * @param baseUrl replaces the regional Bedrock runtime endpoint, e.g. a VPC endpoint
 * @param timeout the longest a call may take
 * @param dimensions the length of the model's vectors: known for Titan v2 (1024) and v1 (1536)
 */
public record BedrockEmbeddingConfig(
        String model,
        Optional<@Pattern(regexp = "[a-z]{2}(-[a-z]+)+-\\d", message = "must be an AWS region such as eu-central-1") String> region,
        Optional<Secret> accessKeyId,
        Optional<Secret> secretAccessKey,
        Optional<Secret> sessionToken,
        Optional<String> baseUrl,
        Duration timeout,
        @Positive @Max(65_536) Integer dimensions) {

    static final Map<String, Integer> KNOWN_DIMENSIONS = Map.of("amazon.titan-embed-text-v2:0", 1024, "amazon.titan-embed-text-v1", 1536);

    public BedrockEmbeddingConfig {
        model = model == null || model.isBlank() ? "amazon.titan-embed-text-v2:0" : model.strip();
        dimensions = EmbeddingSizes.of(model, dimensions, KNOWN_DIMENSIONS);
        // the provider's record checks the connection keys (credentials go together, base-url, timeout)
        BedrockConfig connection = new BedrockConfig(model, region, accessKeyId, secretAccessKey, sessionToken, baseUrl, timeout, null, null);
        region = connection.region();
        accessKeyId = connection.accessKeyId();
        secretAccessKey = connection.secretAccessKey();
        sessionToken = connection.sessionToken();
        baseUrl = connection.baseUrl();
        timeout = connection.timeout();
    }

    /** The connection settings as the provider's record, so both build their AWS clients the same way. */
    BedrockConfig connection() {
        return new BedrockConfig(model, region, accessKeyId, secretAccessKey, sessionToken, baseUrl, timeout, Optional.empty(), Optional.empty());
    }
}
