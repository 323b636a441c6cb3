package dev.aegis.plugin.mock;

import dev.aegis.api.model.ChatRequest;
import dev.aegis.api.model.ToolDefinition;
import dev.aegis.api.state.Message;
import dev.aegis.api.state.Role;
import dev.aegis.api.state.ToolCall;
import dev.aegis.api.state.Usage;
import java.util.List;
import java.util.Locale;

/**
 * Decides the mock's answer, a pure function of the request and the configuration: a tool result
 * is acknowledged, the trigger phrase calls the first tool offered, anything else gets the reply
 * template.
 */
final class MockResponder {

    static final String TOOL_RESULT_PREFIX = "Mock reply to tool result: ";

    private final MockProviderConfig config;

    MockResponder(MockProviderConfig config) {
        this.config = config;
    }

    MockAnswer answer(ChatRequest request) {
        long fingerprint = Fingerprint.of(request);
        String id = "mock-" + Fingerprint.hex(fingerprint);
        String model = request.model().isEmpty() ? config.model() : request.model();
        long inputTokens = Math.max(1, request.messages().stream().mapToLong(message -> Words.count(message.content())).sum());
        List<Message> messages = request.messages();
        if (!messages.isEmpty() && messages.getLast().role() == Role.TOOL) {
            String text = TOOL_RESULT_PREFIX + messages.getLast().content();
            return new MockAnswer(id, model, Message.assistant(text), "stop", Usage.ofTokens(inputTokens, Words.count(text)));
        }
        String lastUserMessage = lastUserMessage(messages);
        if (!request.tools().isEmpty() && mentionsTrigger(lastUserMessage)) {
            ToolDefinition tool = request.tools().getFirst();
            ToolCall call = new ToolCall("call_" + Fingerprint.hex(Fingerprint.mix(fingerprint)), tool.name(), config.toolArguments());
            long outputTokens = Words.count(tool.name() + " " + config.toolArguments());
            return new MockAnswer(id, model, Message.assistant("", List.of(call)), "tool_calls", Usage.ofTokens(inputTokens, outputTokens));
        }
        String text = config.reply().replace(MockProviderConfig.LAST_USER_MESSAGE, lastUserMessage);
        return new MockAnswer(id, model, Message.assistant(text), "stop", Usage.ofTokens(inputTokens, Words.count(text)));
    }

    private boolean mentionsTrigger(String text) {
        return text.toLowerCase(Locale.ROOT).contains(config.toolCallTrigger().toLowerCase(Locale.ROOT));
    }

    private static String lastUserMessage(List<Message> messages) {
        for (int i = messages.size() - 1; i >= 0; i--) {
            if (messages.get(i).role() == Role.USER) {
                return messages.get(i).content();
            }
        }
        return "";
    }
}
