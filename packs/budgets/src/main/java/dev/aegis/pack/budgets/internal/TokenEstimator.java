package dev.aegis.pack.budgets.internal;

import dev.aegis.api.model.ChatOptions;
import dev.aegis.api.model.ToolDefinition;
import dev.aegis.api.state.Message;
import dev.aegis.api.state.ToolCall;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Estimates a request's tokens before the model sees it, without a tokenizer (there is none for
 * every provider, and the estimate runs on every request). Input: UTF-8 bytes divided by
 * {@code bytesPerToken}, rounded up, plus {@value #PER_MESSAGE} tokens of framing per message.
 * BPE tokenizers average about four bytes per token on English and code, so three is a safe upper
 * bound for ordinary text; text of rare scripts or random symbols can take more tokens than that,
 * and {@code bytesPerToken: 1} bounds any text. Output: the request's {@code max_tokens} or
 * {@code max_completion_tokens}, else the configured default, never more than the configured cap.
 */
public final class TokenEstimator {

    static final int PER_MESSAGE = 4;
    public static final String MAX_TOKENS = "max_tokens";
    public static final String MAX_COMPLETION_TOKENS = "max_completion_tokens";

    private final int bytesPerToken;
    private final long defaultOutput;
    private final long maxOutput;

    public TokenEstimator(int bytesPerToken, long defaultOutput, long maxOutput) {
        this.bytesPerToken = bytesPerToken;
        this.defaultOutput = defaultOutput;
        this.maxOutput = maxOutput;
    }

    public TokenEstimate estimate(List<Message> messages, ChatOptions options) {
        long bytes = 0;
        for (Message message : messages) {
            bytes += utf8(message.content()) + message.name().map(TokenEstimator::utf8).orElse(0);
            for (ToolCall call : message.toolCalls()) {
                bytes += utf8(call.name()) + utf8(call.arguments());
            }
        }
        for (ToolDefinition tool : options.tools()) {
            bytes += utf8(tool.name()) + utf8(tool.description()) + utf8(tool.parameters());
        }
        long input = (bytes + bytesPerToken - 1) / bytesPerToken + (long) PER_MESSAGE * messages.size();
        Optional<String> parameter = Optional.of(MAX_COMPLETION_TOKENS).filter(name -> options.parameter(name).isPresent())
                .or(() -> Optional.of(MAX_TOKENS).filter(name -> options.parameter(name).isPresent()));
        OptionalLong requested = parameter.flatMap(options::parameter).map(TokenEstimator::positiveInteger).orElse(OptionalLong.empty());
        long output = Math.min(requested.orElse(defaultOutput), maxOutput);
        boolean clientBound = requested.isPresent() && requested.getAsLong() <= maxOutput;
        return new TokenEstimate(input, output, parameter.orElse(MAX_TOKENS), clientBound);
    }

    // Parameters are raw JSON: 256, 256.0 and "256" all mean 256; anything else means "not set".
    private static OptionalLong positiveInteger(String json) {
        String text = json.trim();
        if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
            text = text.substring(1, text.length() - 1).trim();
        }
        try {
            BigDecimal value = new BigDecimal(text);
            if (value.signum() > 0 && value.stripTrailingZeros().scale() <= 0 && value.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) <= 0) {
                return OptionalLong.of(value.longValueExact());
            }
        } catch (NumberFormatException | ArithmeticException e) {
            // not a number: the provider will refuse it; the estimate uses the default
        }
        return OptionalLong.empty();
    }

    // What text.getBytes(UTF_8).length is, without encoding (a lone surrogate encodes as '?', one byte).
    static int utf8(String text) {
        int bytes = 0;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else if (Character.isSurrogate(c)) {
                bytes += 1;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }
}
