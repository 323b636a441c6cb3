package dev.aegis.plugin.langchain4j;

import dev.aegis.api.secret.Secret;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import java.time.Duration;
import java.util.Optional;

/**
 * Configuration of the {@code bedrock} provider (Amazon Bedrock's Converse API).
 *
 * @param model the model id used when a request names none, e.g. {@code anthropic.claude-3-5-haiku-20241022-v1:0}
 * @param region e.g. {@code eu-central-1}; the AWS default region chain when absent
 * @param accessKeyId with {@code secret-access-key}, static credentials; the AWS default
 *     credentials chain (environment, profile, instance role…) when both are absent
 * @param secretAccessKey see {@code access-key-id}
 * @param sessionToken for temporary static credentials
 * @param baseUrl replaces the regional Bedrock runtime endpoint, e.g. a VPC endpoint
 * @param timeout the longest a call may take, and the longest wait for the next streamed event
 * @param maxTokens the answer's length limit when a request sets none
 * @param temperature the sampling temperature when a request sets none
 */
public record BedrockConfig(
        @NotBlank String model,
        Optional<@Pattern(regexp = "[a-z]{2}(-[a-z]+)+-\\d", message = "must be an AWS region such as eu-central-1") String> region,
        Optional<Secret> accessKeyId,
        Optional<Secret> secretAccessKey,
        Optional<Secret> sessionToken,
        Optional<String> baseUrl,
        Duration timeout,
        Optional<@Positive Integer> maxTokens,
        Optional<@DecimalMin("0.0") @DecimalMax("1.0") Double> temperature) {

    public BedrockConfig {
        region = ConfigChecks.orEmpty(region);
        accessKeyId = ConfigChecks.orEmpty(accessKeyId);
        secretAccessKey = ConfigChecks.orEmpty(secretAccessKey);
        sessionToken = ConfigChecks.orEmpty(sessionToken);
        baseUrl = ConfigChecks.baseUrl(baseUrl);
        timeout = ConfigChecks.timeout(timeout);
        maxTokens = ConfigChecks.orEmpty(maxTokens);
        temperature = ConfigChecks.orEmpty(temperature);
        if (accessKeyId.isPresent() != secretAccessKey.isPresent()) {
            throw new IllegalArgumentException("access-key-id and secret-access-key go together: set both, or neither to use the AWS default credentials chain");
        }
        if (sessionToken.isPresent() && accessKeyId.isEmpty()) {
            throw new IllegalArgumentException("session-token needs access-key-id and secret-access-key");
        }
    }

    boolean hasStaticCredentials() {
        return accessKeyId.isPresent();
    }
}
