package dev.aegis.runtime.internal.steps;

import dev.aegis.api.guard.ScanTarget;
import dev.aegis.api.state.Message;
import dev.aegis.api.state.Role;
import dev.aegis.api.state.ToolCall;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where in the conversation a guard looks: a message's text, or one tool call's arguments.
 *
 * @param toolCall the tool call's position in the message, or {@link #TEXT} for the message's text
 */
public record ScanSite(int message, int toolCall, ScanTarget target) {

    public static final int TEXT = -1;

    /**
     * Every message the client sent: prompts, tool results, and earlier assistant turns (their text as
     * prompt, since the client sends it to the model again, and their tool-call arguments).
     */
    static List<ScanSite> ingress(List<Message> messages, Set<ScanTarget> wanted) {
        List<ScanSite> sites = new ArrayList<>();
        for (int i = 0; i < messages.size(); i++) {
            Message message = messages.get(i);
            switch (message.role()) {
                case SYSTEM, DEVELOPER, USER -> addText(sites, message, i, ScanTarget.PROMPT, wanted);
                case TOOL -> addText(sites, message, i, ScanTarget.TOOL_RESULT, wanted);
                case ASSISTANT -> {
                    addText(sites, message, i, ScanTarget.PROMPT, wanted);
                    addArguments(sites, message, i, wanted);
                }
            }
        }
        return sites;
    }

    /** The model's answer: the last assistant message's text and tool-call arguments. */
    static List<ScanSite> egress(List<Message> messages, Set<ScanTarget> wanted) {
        List<ScanSite> sites = new ArrayList<>();
        for (int i = messages.size() - 1; i >= 0; i--) {
            Message message = messages.get(i);
            if (message.role() == Role.ASSISTANT) {
                addText(sites, message, i, ScanTarget.RESPONSE, wanted);
                addArguments(sites, message, i, wanted);
                break;
            }
        }
        return sites;
    }

    String read(List<Message> messages) {
        Message message = messages.get(this.message);
        return toolCall == TEXT ? message.content() : message.toolCalls().get(toolCall).arguments();
    }

    List<Message> write(List<Message> messages, String text) {
        Message message = messages.get(this.message);
        Message rewritten;
        if (toolCall == TEXT) {
            rewritten = message.withContent(text);
        } else {
            List<ToolCall> calls = new ArrayList<>(message.toolCalls());
            calls.set(toolCall, calls.get(toolCall).withArguments(text));
            rewritten = message.withToolCalls(calls);
        }
        List<Message> next = new ArrayList<>(messages);
        next.set(this.message, rewritten);
        return List.copyOf(next);
    }

    /** Audit attributes locating the site without quoting it. */
    Map<String, String> where(List<Message> messages) {
        return toolCall == TEXT
                ? Map.of("message", Integer.toString(message))
                : Map.of("message", Integer.toString(message), "tool_call", messages.get(message).toolCalls().get(toolCall).id());
    }

    private static void addText(List<ScanSite> sites, Message message, int index, ScanTarget target, Set<ScanTarget> wanted) {
        if (wanted.contains(target) && !message.content().isEmpty()) {
            sites.add(new ScanSite(index, TEXT, target));
        }
    }

    private static void addArguments(List<ScanSite> sites, Message message, int index, Set<ScanTarget> wanted) {
        if (wanted.contains(ScanTarget.TOOL_ARGUMENTS)) {
            for (int call = 0; call < message.toolCalls().size(); call++) {
                sites.add(new ScanSite(index, call, ScanTarget.TOOL_ARGUMENTS));
            }
        }
    }
}
