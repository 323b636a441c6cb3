package dev.aegis.plugin.mock;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import java.time.Duration;

/**
 * Configuration of the {@code mock} provider; every key is optional.
 *
 * @param model the model name reported when a request names none
 * @param reply the answer; {@value #LAST_USER_MESSAGE} stands for the last user message's text
 * @param chunkSize characters per streamed text chunk
 * @param chunkDelay pause before each streamed chunk (and the same total before a completed answer),
 *     to exercise timeouts and slow streams
 * @param toolCallTrigger when the last user message contains this phrase (ignoring case) and the
 *     request offers tools, the answer calls the first tool; empty matches every message
 * @param toolArguments the JSON object passed as the tool call's arguments
 */
public record MockProviderConfig(
        @NotBlank String model,
        String reply,
        @Positive Integer chunkSize,
        Duration chunkDelay,
        String toolCallTrigger,
        String toolArguments) {

    public static final String LAST_USER_MESSAGE = "{last_user_message}";

    public MockProviderConfig {
        model = model == null ? "mock-1" : model;
        reply = reply == null ? "Mock reply to: " + LAST_USER_MESSAGE : reply;
        chunkSize = chunkSize == null ? 8 : chunkSize;
        chunkDelay = chunkDelay == null ? Duration.ZERO : chunkDelay;
        toolCallTrigger = toolCallTrigger == null ? "call tool" : toolCallTrigger;
        toolArguments = toolArguments == null ? "{}" : toolArguments.strip();
        if (chunkDelay.isNegative()) {
            throw new IllegalArgumentException("chunk-delay must not be negative");
        }
        // a full JSON parse would need a JSON library in this jar; the object shape catches the usual slip
        if (!toolArguments.startsWith("{") || !toolArguments.endsWith("}")) {
            throw new IllegalArgumentException("tool-arguments must be a JSON object, e.g. '{\"city\": \"Paris\"}'");
        }
    }

    /** Every key at its default. */
    public static MockProviderConfig defaults() {
        return new MockProviderConfig(null, null, null, null, null, null);
    }
}
