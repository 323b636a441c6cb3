package dev.aegis.plugin.langchain4j;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeAsyncClient;
import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeClient;
import software.amazon.awssdk.services.bedrockruntime.model.ConverseRequest;
import software.amazon.awssdk.services.bedrockruntime.model.ConverseResponse;
import software.amazon.awssdk.services.bedrockruntime.model.InvokeModelRequest;
import software.amazon.awssdk.services.bedrockruntime.model.InvokeModelResponse;

/**
 * Hand-written Bedrock runtime clients: no AWS endpoint is reachable from the build, so the Bedrock
 * tests stop at the SDK's request and response objects, just below LangChain4j.
 */
final class FakeBedrock implements BedrockRuntimeClient {

    final List<ConverseRequest> converseRequests = new CopyOnWriteArrayList<>();
    final List<InvokeModelRequest> invokeRequests = new CopyOnWriteArrayList<>();
    private final Function<ConverseRequest, ConverseResponse> converse;

    FakeBedrock(Function<ConverseRequest, ConverseResponse> converse) {
        this.converse = converse;
    }

    @Override
    public ConverseResponse converse(ConverseRequest request) {
        converseRequests.add(request);
        return converse.apply(request);
    }

    /** Titan text embeddings: a two-dimensional vector whose first value is the input's length. */
    @Override
    public InvokeModelResponse invokeModel(InvokeModelRequest request) {
        invokeRequests.add(request);
        String text = Json.parse(request.body().asUtf8String(), "titan request").path("inputText").asText();
        String body = "{\"embedding\": [" + text.length() + ".0, 0.5], \"inputTextTokenCount\": 2}";
        return InvokeModelResponse.builder().body(SdkBytes.fromUtf8String(body)).contentType("application/json").build();
    }

    @Override
    public String serviceName() {
        return SERVICE_NAME;
    }

    @Override
    public void close() {}

    /** Streaming needs the async client; these tests never stream. */
    static BedrockRuntimeAsyncClient unusedAsync() {
        return new BedrockRuntimeAsyncClient() {
            @Override
            public String serviceName() {
                return SERVICE_NAME;
            }

            @Override
            public void close() {}
        };
    }
}
