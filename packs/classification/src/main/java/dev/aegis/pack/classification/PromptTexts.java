package dev.aegis.pack.classification;

import dev.aegis.api.state.Message;
import dev.aegis.api.state.RunState;
import dev.aegis.api.state.ToolCall;
import java.util.regex.Pattern;

/**
 * Searches the texts a provider will receive: every message's content and every tool call's
 * arguments. The whole conversation is sent, so earlier turns count as much as the last one.
 */
final class PromptTexts {

    private PromptTexts() {}

    static boolean contain(RunState state, Pattern pattern) {
        for (Message message : state.messages()) {
            if (pattern.matcher(message.content()).find()) {
                return true;
            }
            for (ToolCall call : message.toolCalls()) {
                if (pattern.matcher(call.arguments()).find()) {
                    return true;
                }
            }
        }
        return false;
    }
}
