package dev.aegis.plugin.openai;

import dev.aegis.api.model.ChatRequest;
import dev.aegis.api.model.ChatResponse;
import dev.aegis.api.model.ChatStream;
import dev.aegis.api.model.ModelProvider;
import io.helidon.webclient.http1.Http1ClientResponse;
import java.util.Optional;

/** An OpenAI-compatible upstream. Shared by all requests; owns its connection pool until closed. */
final class OpenAiModelProvider implements ModelProvider, AutoCloseable {

    private final UpstreamClient upstream;
    private final Optional<String> defaultModel;
    private final ChatBodyWriter chatBodies;

    OpenAiModelProvider(OpenAiConfig config, UpstreamClient upstream) {
        this.upstream = upstream;
        this.defaultModel = config.model();
        this.chatBodies = new ChatBodyWriter(config.model(), config.streamUsage());
    }

    @Override
    public ChatResponse complete(ChatRequest request) {
        byte[] body = chatBodies.write(request, false);
        String model = modelOf(request.model());
        return upstream.exchange("/chat/completions", body, (in, status) -> ChatResponseReader.read(in, status, model));
    }

    @Override
    public ChatStream stream(ChatRequest request) {
        byte[] body = chatBodies.write(request, true);
        Http1ClientResponse response = upstream.post("/chat/completions", body, true);
        int status = response.status().code();
        try {
            return new OpenAiChatStream(response, new ChunkReader(status, upstream.apiKey()));
        } catch (RuntimeException e) {
            response.close();
            throw UpstreamFailures.whileReading(e, status, true);
        }
    }


    @Override
    public void close() {
        upstream.close();
    }

    @Override
    public String toString() {
        return "OpenAiModelProvider[" + upstream + "]";
    }

    private String modelOf(String requested) {
        return requested.isBlank() ? defaultModel.orElse("") : requested;
    }
}
