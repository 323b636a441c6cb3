package dev.aegis.plugin.langchain4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aegis.api.model.ChatRequest;
import dev.aegis.api.model.ChatResponse;
import dev.aegis.api.model.ModelProvider;
import dev.aegis.api.model.ProviderException;
import dev.aegis.api.model.ToolDefinition;
import dev.aegis.api.state.Message;
import dev.aegis.api.state.ToolCall;
import dev.aegis.api.state.Usage;
import dev.aegis.kernel.config.ConfigBinding;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.DefaultAwsResponseMetadata;
import software.amazon.awssdk.core.document.Document;
import software.amazon.awssdk.services.bedrockruntime.model.ContentBlock;
import software.amazon.awssdk.services.bedrockruntime.model.ConversationRole;
import software.amazon.awssdk.services.bedrockruntime.model.ConverseOutput;
import software.amazon.awssdk.services.bedrockruntime.model.ConverseRequest;
import software.amazon.awssdk.services.bedrockruntime.model.ConverseResponse;
import software.amazon.awssdk.services.bedrockruntime.model.StopReason;
import software.amazon.awssdk.services.bedrockruntime.model.ThrottlingException;
import software.amazon.awssdk.services.bedrockruntime.model.TokenUsage;
import software.amazon.awssdk.services.bedrockruntime.model.ToolUseBlock;

/** Bedrock through LangChain4j down to the AWS SDK's Converse objects; nothing here reaches AWS. */
class BedrockMappingTest {

    private static final BedrockConfig CONFIG = ConfigBinding.bindYaml(BedrockConfig.class,
            "{model: anthropic.claude-test, region: eu-central-1, max-tokens: 256}");

    private static final ToolDefinition WEATHER = new ToolDefinition("get_weather", "Current weather",
            "{\"type\":\"object\",\"properties\":{\"city\":{\"type\":\"string\"}},\"required\":[\"city\"]}");

    @Test
    void theConversationToolsAndParametersBecomeAConverseRequest() {
        FakeBedrock bedrock = new FakeBedrock(request -> text("Noted."));
        List<Message> conversation = List.of(
                Message.system("Be brief."),
                Message.user("Weather in Paris?"),
                Message.assistant("", List.of(new ToolCall("tooluse_1", "get_weather", "{\"city\":\"Paris\"}"))),
                Message.tool("tooluse_1", "18 degrees"));

        provider(bedrock).complete(new ChatRequest("", conversation, List.of(WEATHER), Map.of("temperature", "0.3", "stop", "\"END\"")));

        ConverseRequest sent = bedrock.converseRequests.getFirst();
        assertThat(sent.modelId()).isEqualTo("anthropic.claude-test");
        assertThat(sent.system()).singleElement().satisfies(block -> assertThat(block.text()).isEqualTo("Be brief."));
        assertThat(sent.messages()).extracting(message -> message.role()).containsExactly(
                ConversationRole.USER, ConversationRole.ASSISTANT, ConversationRole.USER);
        assertThat(sent.messages().get(0).content().getFirst().text()).isEqualTo("Weather in Paris?");
        ToolUseBlock toolUse = sent.messages().get(1).content().stream().filter(block -> block.toolUse() != null).findFirst().orElseThrow().toolUse();
        assertThat(toolUse.toolUseId()).isEqualTo("tooluse_1");
        assertThat(toolUse.name()).isEqualTo("get_weather");
        assertThat(toolUse.input().asMap().get("city").asString()).isEqualTo("Paris");
        var toolResult = sent.messages().get(2).content().getFirst().toolResult();
        assertThat(toolResult.toolUseId()).isEqualTo("tooluse_1");
        assertThat(toolResult.content().getFirst().text()).isEqualTo("18 degrees");
        var toolSpec = sent.toolConfig().tools().getFirst().toolSpec();
        assertThat(toolSpec.name()).isEqualTo("get_weather");
        assertThat(toolSpec.description()).isEqualTo("Current weather");
        assertThat(toolSpec.inputSchema().json().asMap().get("properties").asMap()).containsKey("city");
        assertThat(sent.inferenceConfig().maxTokens()).isEqualTo(256);
        assertThat(sent.inferenceConfig().temperature()).isEqualTo(0.3f);
        assertThat(sent.inferenceConfig().stopSequences()).containsExactly("END");
    }

    @Test
    void aToolUseAnswerBecomesToolCallsWithUsage() {
        ConverseResponse toolUse = withRequestId(ConverseResponse.builder()
                .output(ConverseOutput.fromMessage(software.amazon.awssdk.services.bedrockruntime.model.Message.builder()
                        .role(ConversationRole.ASSISTANT)
                        .content(ContentBlock.fromText("Checking."), ContentBlock.fromToolUse(ToolUseBlock.builder()
                                .toolUseId("tooluse_9").name("get_weather").input(Document.mapBuilder().putString("city", "Oslo").build()).build()))
                        .build()))
                .stopReason(StopReason.TOOL_USE)
                .usage(TokenUsage.builder().inputTokens(11).outputTokens(6).totalTokens(17).build()));

        ChatResponse response = provider(new FakeBedrock(request -> toolUse)).complete(
                new ChatRequest("", List.of(Message.user("Weather in Oslo?")), List.of(WEATHER), Map.of()));

        assertThat(response.message().content()).isEqualTo("Checking.");
        assertThat(response.message().toolCalls()).singleElement().satisfies(call -> {
            assertThat(call.id()).isEqualTo("tooluse_9");
            assertThat(Json.parse(call.arguments(), "arguments").path("city").asText()).isEqualTo("Oslo");
        });
        assertThat(response.finishReason()).isEqualTo("tool_calls");
        assertThat(response.usage()).isEqualTo(Usage.ofTokens(11, 6));
    }

    @Test
    void awsThrottlingIsRateLimited() {
        FakeBedrock throttled = new FakeBedrock(request -> {
            throw ThrottlingException.builder().statusCode(429).message("Too many requests").build();
        });

        assertThatThrownBy(() -> provider(throttled).complete(ChatRequest.of("", List.of(Message.user("Hi")))))
                .isInstanceOfSatisfying(ProviderException.class, e -> {
                    assertThat(e.failure()).isEqualTo(ProviderException.Failure.RATE_LIMITED);
                    assertThat(e.upstreamStatus()).hasValue(429);
                });
    }

    private static ModelProvider provider(FakeBedrock bedrock) {
        return BedrockProviderFactory.create(CONFIG, bedrock, FakeBedrock.unusedAsync());
    }

    private static ConverseResponse text(String text) {
        return withRequestId(ConverseResponse.builder()
                .output(ConverseOutput.fromMessage(software.amazon.awssdk.services.bedrockruntime.model.Message.builder()
                        .role(ConversationRole.ASSISTANT).content(ContentBlock.fromText(text)).build()))
                .stopReason(StopReason.END_TURN)
                .usage(TokenUsage.builder().inputTokens(3).outputTokens(1).totalTokens(4).build()));
    }

    // LangChain4j reads the request id the SDK always sets on real responses
    private static ConverseResponse withRequestId(ConverseResponse.Builder response) {
        response.responseMetadata(DefaultAwsResponseMetadata.create(Map.of("AWS_REQUEST_ID", "req-1")));
        return response.build();
    }
}
