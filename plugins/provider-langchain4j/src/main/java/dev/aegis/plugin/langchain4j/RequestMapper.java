package dev.aegis.plugin.langchain4j;

import dev.aegis.api.model.ChatRequest;
import dev.aegis.api.model.ProviderException;

/** Builds the LangChain4j request for one of ours; the model's configured defaults fill what it leaves out. */
final class RequestMapper {

    private RequestMapper() {}

    /**
     * @throws ProviderException {@code REJECTED} when the request cannot be expressed, e.g. a
     *     parameter of the wrong type or a tool schema that is not JSON
     */
    static dev.langchain4j.model.chat.request.ChatRequest toLangChain4j(ChatRequest request, String defaultModel) {
        try {
            var builder = dev.langchain4j.model.chat.request.ChatRequest.builder()
                    .messages(MessageMapper.toLangChain4j(request.messages()))
                    .modelName(request.model().isBlank() ? defaultModel : request.model());
            if (!request.tools().isEmpty()) {
                builder.toolSpecifications(request.tools().stream().map(ToolMapper::toLangChain4j).toList());
            }
            RequestParameters.apply(request.parameters(), !request.tools().isEmpty(), builder);
            return builder.build();
        } catch (IllegalArgumentException e) {
            throw new ProviderException(ProviderException.Failure.REJECTED, -1, "the request cannot be sent: " + e.getMessage(), e);
        }
    }
}
