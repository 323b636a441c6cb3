package dev.aegis.pack.rag;

import dev.aegis.api.state.Message;
import dev.aegis.api.state.Role;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/** What a retrieval searches for, read from the conversation. */
final class QueryText {

    private QueryText() {}

    /** The last user message, or the last {@code turns} of them one per line, oldest first; empty when there is none. */
    static String of(List<Message> messages, RetrieveConfig.Query query, int turns) {
        int wanted = query == RetrieveConfig.Query.LAST_USER_MESSAGE ? 1 : turns;
        Deque<String> found = new ArrayDeque<>(wanted);
        for (int i = messages.size() - 1; i >= 0 && found.size() < wanted; i--) {
            Message message = messages.get(i);
            if (message.role() == Role.USER && !message.content().isBlank()) {
                found.addFirst(message.content().strip());
            }
        }
        return String.join("\n", found);
    }
}
