package dev.aegis.pack.budgets.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aegis.api.model.ChatOptions;
import dev.aegis.api.model.ToolDefinition;
import dev.aegis.api.state.Message;
import dev.aegis.api.state.ToolCall;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TokenEstimatorTest {

    private final TokenEstimator estimator = new TokenEstimator(3, 1024, 4096);

    @Test
    void inputIsUtf8BytesOverThreeRoundedUpPlusFramingPerMessage() {
        TokenEstimate estimate = estimator.estimate(List.of(Message.system("abcd"), Message.user("é")), ChatOptions.DEFAULTS);

        // 4 + 2 bytes = 6 → 2 tokens, plus 4 per message
        assertThat(estimate.inputTokens()).isEqualTo(2 + 2 * TokenEstimator.PER_MESSAGE);
    }

    @Test
    void toolDefinitionsAndToolCallsCountAsInput() {
        ChatOptions withTool = new ChatOptions("m", List.of(new ToolDefinition("lookup", "finds", "{\"type\":\"object\"}")), Map.of());
        Message call = Message.assistant("", List.of(new ToolCall("1", "lookup", "{\"q\":\"x\"}")));

        TokenEstimate estimate = estimator.estimate(List.of(call), withTool);

        long bytes = "lookup".length() * 2 + "finds".length() + "{\"type\":\"object\"}".length() + "{\"q\":\"x\"}".length();
        assertThat(estimate.inputTokens()).isEqualTo((bytes + 2) / 3 + TokenEstimator.PER_MESSAGE);
    }

    @Test
    void theEstimateIsAnUpperBoundOfWhatTokenizersCountForOrdinaryText() {
        String english = "The quick brown fox jumps over the lazy dog, then files an expense report of 42 dollars. ".repeat(20);
        String code = "for (int i = 0; i < items.size(); i++) { total += items.get(i).price(); }\n".repeat(20);
        String german = "Größenverhältnisse und Übermäßigkeit führen zu außergewöhnlichen Ergebnissen. ".repeat(20);

        for (String text : List.of(english, code, german)) {
            long estimated = estimator.estimate(List.of(Message.user(text)), ChatOptions.DEFAULTS).inputTokens();
            // BPE tokenizers average about four characters per token on such text, never fewer than
            // one token per UTF-8 byte group of four; the estimate must stay above both readings
            assertThat(estimated).as(text.substring(0, 20)).isGreaterThanOrEqualTo(text.length() / 4 + 1)
                    .isGreaterThanOrEqualTo(text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length / 4);
        }
    }

    @Test
    void theReservedCostBoundsAnyAnswerWithinTheOutputBound() {
        Price price = new Price(new BigDecimal("2.50"), new BigDecimal("10"));
        String text = "Summarise the quarterly report in three sentences. ".repeat(10);
        TokenEstimate estimate = estimator.estimate(List.of(Message.user(text)), options(Map.of("max_tokens", "300")));

        Money reserved = price.cost(estimate.inputTokens(), estimate.outputTokens());

        long realisticInput = text.length() / 4 + TokenEstimator.PER_MESSAGE;
        assertThat(reserved).isGreaterThanOrEqualTo(price.cost(realisticInput, 300));
    }

    @Test
    void outputIsTheRequestsBoundElseTheDefaultAndNeverAboveTheCap() {
        List<Message> messages = List.of(Message.user("hi"));

        assertThat(estimator.estimate(messages, options(Map.of("max_tokens", "256"))))
                .satisfies(estimate -> {
                    assertThat(estimate.outputTokens()).isEqualTo(256);
                    assertThat(estimate.outputParameter()).isEqualTo("max_tokens");
                    assertThat(estimate.clientBound()).isTrue();
                });
        assertThat(estimator.estimate(messages, options(Map.of("max_completion_tokens", "100", "max_tokens", "50"))))
                .satisfies(estimate -> {
                    assertThat(estimate.outputTokens()).isEqualTo(100);
                    assertThat(estimate.outputParameter()).isEqualTo("max_completion_tokens");
                });
        assertThat(estimator.estimate(messages, ChatOptions.DEFAULTS))
                .satisfies(estimate -> {
                    assertThat(estimate.outputTokens()).isEqualTo(1024);
                    assertThat(estimate.clientBound()).isFalse();
                });
        assertThat(estimator.estimate(messages, options(Map.of("max_tokens", "100000"))))
                .satisfies(estimate -> {
                    assertThat(estimate.outputTokens()).isEqualTo(4096);
                    assertThat(estimate.clientBound()).isFalse();
                });
    }

    @Test
    void aBoundThatIsNotAPositiveIntegerCountsAsAbsent() {
        List<Message> messages = List.of(Message.user("hi"));

        assertThat(estimator.estimate(messages, options(Map.of("max_tokens", "256.0"))).outputTokens()).isEqualTo(256);
        assertThat(estimator.estimate(messages, options(Map.of("max_tokens", "\"64\""))).outputTokens()).isEqualTo(64);
        for (String junk : List.of("-5", "0", "1.5", "\"many\"", "null", "1e400")) {
            assertThat(estimator.estimate(messages, options(Map.of("max_tokens", junk))).outputTokens()).as(junk).isEqualTo(1024);
        }
    }

    private static ChatOptions options(Map<String, String> parameters) {
        return new ChatOptions("m", List.of(), parameters);
    }

    @Test
    void bytesAreCountedAsUtf8EncodesThemWithoutEncoding() {
        for (String text : List.of("", "plain ascii", "é and ß", "日本語", "emoji 😀 pair", "lone \uD83D high", "lone \uDE00 low",
                "end \uD83D", "\u0000\u007F\u0080\u07FF\u0800\uFFFF")) {
            assertThat(TokenEstimator.utf8(text)).as(text).isEqualTo(text.getBytes(StandardCharsets.UTF_8).length);
        }
    }
}
