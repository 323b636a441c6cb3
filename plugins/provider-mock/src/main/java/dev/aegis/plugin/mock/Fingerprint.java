package dev.aegis.plugin.mock;

import dev.aegis.api.model.ChatRequest;
import dev.aegis.api.model.ToolDefinition;
import dev.aegis.api.state.Message;
import dev.aegis.api.state.ToolCall;
import java.nio.charset.StandardCharsets;

/**
 * Stable 64-bit hashes (FNV-1a) and a seeded sequence (SplitMix64), spelled out here rather than
 * taken from {@code String.hashCode} or {@code java.util.Random} so that ids and embeddings stay the
 * same on every JVM and in every release.
 */
final class Fingerprint {

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;
    /** SplitMix64's step: advance a sequence's state by this much, then {@link #mix} it. */
    static final long GAMMA = 0x9e3779b97f4a7c15L;

    private Fingerprint() {}

    static long of(String text) {
        long hash = FNV_OFFSET;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
            hash *= FNV_PRIME;
        }
        return hash;
    }

    /** A hash of everything that decides the answer to {@code request}. */
    static long of(ChatRequest request) {
        StringBuilder text = new StringBuilder(request.model());
        for (Message message : request.messages()) {
            text.append('\u0000').append(message.role().wireName()).append('\u0001').append(message.content());
            message.toolCallId().ifPresent(id -> text.append('\u0001').append(id));
            for (ToolCall call : message.toolCalls()) {
                text.append('\u0001').append(call.id()).append('\u0002').append(call.name()).append('\u0002').append(call.arguments());
            }
        }
        for (ToolDefinition tool : request.tools()) {
            text.append('\u0003').append(tool.name());
        }
        return of(text.toString());
    }

    static String hex(long hash) {
        return String.format("%016x", hash);
    }

    /** SplitMix64's output function: scatters the bits of {@code z}. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
