package dev.aegis.plugin.langchain4j;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import java.time.Duration;

/**
 * The LangChain4j models one configured provider drives.
 *
 * @param defaultModel used when a request names no model
 * @param idleTimeout the longest a stream may go without an event
 */
record Backend(
        String defaultModel,
        ChatModel chat,
        StreamingChatModel streaming,
        Duration idleTimeout,
        FailureMapper failures) {}
