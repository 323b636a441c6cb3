package dev.aegis.plugin.mock;

import dev.aegis.api.model.ChatChunk;
import dev.aegis.api.model.ToolCallDelta;
import dev.aegis.api.state.ToolCall;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Cuts an answer into the chunks a real provider would stream: the text in pieces, each tool call
 * as a first fragment with its id and name followed by its arguments in pieces, then a last chunk
 * with the finish reason and usage.
 */
final class MockChunks {

    private MockChunks() {}

    static List<ChatChunk> of(MockAnswer answer, int chunkSize) {
        List<ChatChunk> chunks = new ArrayList<>();
        for (String piece : pieces(answer.message().content(), chunkSize)) {
            chunks.add(ChatChunk.text(piece));
        }
        List<ToolCall> calls = answer.message().toolCalls();
        for (int index = 0; index < calls.size(); index++) {
            ToolCall call = calls.get(index);
            chunks.add(toolChunk(new ToolCallDelta(index, Optional.of(call.id()), Optional.of(call.name()), "")));
            for (String piece : pieces(call.arguments(), chunkSize)) {
                chunks.add(toolChunk(new ToolCallDelta(index, Optional.empty(), Optional.empty(), piece)));
            }
        }
        chunks.add(ChatChunk.finish(answer.finishReason(), answer.usage()));
        return List.copyOf(chunks);
    }

    /** Pieces of at most {@code size} code points, so no surrogate pair is split. */
    static List<String> pieces(String text, int size) {
        List<String> pieces = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = text.offsetByCodePoints(start, Math.min(size, text.codePointCount(start, text.length())));
            pieces.add(text.substring(start, end));
            start = end;
        }
        return pieces;
    }

    private static ChatChunk toolChunk(ToolCallDelta delta) {
        return new ChatChunk("", List.of(delta), Optional.empty(), Optional.empty());
    }
}
