package dev.aegis.testkit;

import dev.aegis.api.model.ChatChunk;
import dev.aegis.api.model.ChatRequest;
import dev.aegis.api.model.ChatResponse;
import dev.aegis.api.model.ProviderException;
import dev.aegis.api.state.Message;
import dev.aegis.api.state.Usage;
import java.util.List;
import java.util.OptionalInt;

/** One scripted answer of a {@link FakeModelProvider}; each can be served completed or streamed. */
sealed interface ScriptedAnswer {

    ChatResponse complete(String id, ChatRequest request);

    FakeChatStream stream(ChatRequest request);

    /** An assistant message; model, id and usage follow the request (words counted as tokens). */
    record Reply(Message message, String finishReason) implements ScriptedAnswer {

        @Override
        public ChatResponse complete(String id, ChatRequest request) {
            long input = request.messages().stream().mapToLong(sent -> Tokens.count(sent.content())).sum();
            long output = Tokens.count(message.content()) + message.toolCalls().size();
            return new ChatResponse(id, FakeModelProvider.modelOf(request.model()), message, finishReason, Usage.ofTokens(Math.max(1, input), output));
        }

        @Override
        public FakeChatStream stream(ChatRequest request) {
            return FakeChatStream.of(StreamAssembly.chunksOf(complete("", request)));
        }
    }

    /** Exactly this response, whatever was asked; streamed as its text, its tool calls and a finishing chunk. */
    record Respond(ChatResponse response) implements ScriptedAnswer {

        @Override
        public ChatResponse complete(String id, ChatRequest request) {
            return response;
        }

        @Override
        public FakeChatStream stream(ChatRequest request) {
            return FakeChatStream.of(StreamAssembly.chunksOf(response));
        }
    }

    /** Chunks as a provider would stream them; completed by assembling them. */
    record Chunks(List<ChatChunk> chunks, OptionalInt cutAfter) implements ScriptedAnswer {

        public Chunks {
            chunks = List.copyOf(chunks);
        }

        @Override
        public ChatResponse complete(String id, ChatRequest request) {
            if (cutAfter.isPresent()) {
                throw new ProviderException(ProviderException.Failure.FAILED, "stream cut after " + cutAfter.getAsInt() + " chunks (scripted)");
            }
            return StreamAssembly.responseOf(id, FakeModelProvider.modelOf(request.model()), chunks);
        }

        @Override
        public FakeChatStream stream(ChatRequest request) {
            return cutAfter.isPresent() ? FakeChatStream.cutAfter(chunks, cutAfter.getAsInt()) : FakeChatStream.of(chunks);
        }
    }

    /** A failure before any byte, thrown afresh on each use so every caller gets its own stack trace. */
    record Fail(ProviderException.Failure failure, String message) implements ScriptedAnswer {

        @Override
        public ChatResponse complete(String id, ChatRequest request) {
            throw new ProviderException(failure, message);
        }

        @Override
        public FakeChatStream stream(ChatRequest request) {
            throw new ProviderException(failure, message);
        }
    }
}
