package dev.aegis.plugin.langchain4j;

import dev.aegis.api.secret.Secret;
import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;
import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeAsyncClient;
import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeClient;

/**
 * The AWS SDK clients a {@code bedrock} provider calls through, built here rather than by
 * LangChain4j so that credentials, region, endpoint, timeout and retries follow our configuration.
 */
final class BedrockClients {

    private BedrockClients() {}

    static BedrockRuntimeClient sync(BedrockConfig config) {
        var builder = BedrockRuntimeClient.builder()
                .region(region(config))
                .credentialsProvider(credentials(config))
                .overrideConfiguration(overrides(config));
        config.baseUrl().map(URI::create).ifPresent(builder::endpointOverride);
        return builder.build();
    }

    static BedrockRuntimeAsyncClient async(BedrockConfig config) {
        var builder = BedrockRuntimeAsyncClient.builder()
                .region(region(config))
                .credentialsProvider(credentials(config))
                .overrideConfiguration(overrides(config));
        config.baseUrl().map(URI::create).ifPresent(builder::endpointOverride);
        return builder.build();
    }

    static Region region(BedrockConfig config) {
        if (config.region().isPresent()) {
            return Region.of(config.region().get());
        }
        try {
            return DefaultAwsRegionProviderChain.builder().build().getRegion();
        } catch (SdkClientException e) {
            throw new IllegalArgumentException("region is not set and the AWS default region chain (AWS_REGION, profile) has none");
        }
    }

    private static AwsCredentialsProvider credentials(BedrockConfig config) {
        if (!config.hasStaticCredentials()) {
            return DefaultCredentialsProvider.builder().build();
        }
        String id = config.accessKeyId().map(Secret::reveal).orElseThrow();
        String key = config.secretAccessKey().map(Secret::reveal).orElseThrow();
        return StaticCredentialsProvider.create(config.sessionToken()
                .<software.amazon.awssdk.auth.credentials.AwsCredentials>map(token -> AwsSessionCredentials.create(id, key, token.reveal()))
                .orElseGet(() -> AwsBasicCredentials.create(id, key)));
    }

    private static ClientOverrideConfiguration overrides(BedrockConfig config) {
        return ClientOverrideConfiguration.builder()
                .apiCallTimeout(config.timeout())
                // the runtime decides about retries and fallbacks
                .retryStrategy(AwsRetryStrategy.doNotRetry())
                .build();
    }
}
