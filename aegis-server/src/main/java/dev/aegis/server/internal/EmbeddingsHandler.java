package dev.aegis.server.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aegis.api.auth.Principal;
import dev.aegis.api.guard.Content;
import dev.aegis.api.guard.ScanTarget;
import dev.aegis.api.guard.Verdict;
import dev.aegis.api.model.EmbeddingRequest;
import dev.aegis.api.model.EmbeddingResponse;
import dev.aegis.api.model.ProviderException;
import dev.aegis.api.state.Message;
import dev.aegis.api.state.RunState;
import dev.aegis.kernel.plan.EmbedderBinding;
import dev.aegis.kernel.plan.Step;
import dev.aegis.runtime.CompiledRoute;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code POST /v1/embeddings}: the route's ingress guardrails screen every input (a block or an
 * approval request refuses the call: embeddings cannot wait for a human), then the route's
 * embedders ({@code execute.embeddings}) are tried in order until one embeds.
 */
public final class EmbeddingsHandler {

    private static final Set<String> OURS = Set.of("model", "input", "encoding_format");

    private final Gateway gateway;
    private final RequestBodies bodies;

    public EmbeddingsHandler(Gateway gateway, RequestBodies bodies) {
        this.gateway = gateway;
        this.bodies = bodies;
    }

    public void handle(ServerRequest request, ServerResponse response) {
        try {
            Principal principal = AuthFilter.principal(request);
            JsonNode body = bodies.json(request);
            String model = body.path("model").asText("");
            if (model.isEmpty()) {
                throw ApiError.badRequest("missing_model", "'model' is required: it selects the route.", "model");
            }
            CompiledRoute route = gateway.routeForModel(model, principal);
            boolean base64 = base64(body.path("encoding_format"));
            List<String> inputs = screen(route, principal, inputs(body.path("input")));
            Map<String, String> parameters = new LinkedHashMap<>();
            body.properties().forEach(field -> {
                if (!OURS.contains(field.getKey())) {
                    parameters.put(field.getKey(), field.getValue().toString());
                }
            });
            EmbeddingResponse embedded = embed(route, new EmbeddingRequest(ChatCompletionsHandler.providerModel(model, route), inputs, parameters));
            Responses.json(response, 200, json -> {
                json.writeStartObject();
                json.writeStringField("object", "list");
                json.writeArrayFieldStart("data");
                for (int i = 0; i < embedded.vectors().size(); i++) {
                    json.writeStartObject();
                    json.writeStringField("object", "embedding");
                    json.writeNumberField("index", i);
                    float[] vector = embedded.vectors().get(i);
                    if (base64) {
                        json.writeStringField("embedding", toBase64(vector));
                    } else {
                        json.writeFieldName("embedding");
                        json.writeArray(toDoubles(vector), 0, vector.length);
                    }
                    json.writeEndObject();
                }
                json.writeEndArray();
                json.writeStringField("model", model);
                json.writeObjectFieldStart("usage");
                json.writeNumberField("prompt_tokens", embedded.usage().inputTokens());
                json.writeNumberField("total_tokens", embedded.usage().totalTokens());
                json.writeEndObject();
                json.writeEndObject();
            });
        } catch (ApiError error) {
            Responses.error(response, error);
        }
    }

    private static List<String> screen(CompiledRoute route, Principal principal, List<String> inputs) {
        RunState state = RunState.start(RunIds.next(), route.name(), principal, inputs.stream().map(Message::user).toList());
        List<String> screened = new ArrayList<>(inputs);
        for (Step step : route.plan().ingress()) {
            if (!(step.action() instanceof Step.GuardAction guard) || !guard.guardrail().targets().contains(ScanTarget.PROMPT)) {
                continue;
            }
            for (int i = 0; i < screened.size(); i++) {
                Verdict verdict = guard.guardrail().scan(Content.of(ScanTarget.PROMPT, screened.get(i)), state);
                switch (verdict) {
                    case Verdict.Sanitize sanitize -> screened.set(i, sanitize.content());
                    case Verdict.Block block -> throw new ApiError(422, "guardrail_refusal", Outcomes.guardName(step.id()), block.reason(), Optional.of(step.id()));
                    case Verdict.RequireApproval approval -> throw new ApiError(422, "guardrail_refusal", Outcomes.guardName(step.id()),
                            approval.reason() + " (embeddings cannot wait for approval)", Optional.of(step.id()));
                    case Verdict.Allow allow -> { }
                }
            }
        }
        return screened;
    }

    private static EmbeddingResponse embed(CompiledRoute route, EmbeddingRequest request) {
        List<EmbedderBinding> embedders = route.plan().execute().embedders();
        if (embedders.isEmpty()) {
            throw new ApiError(400, "invalid_request_error", "embeddings_not_served",
                    "route '" + route.name() + "' does not embed: give it 'execute.embeddings'", Optional.of("model"));
        }
        ProviderException last = null;
        for (EmbedderBinding embedder : embedders) {
            try {
                return embedder.embedder().embed(request);
            } catch (ProviderException e) {
                last = e;
                if (e.failure() != ProviderException.Failure.UNSUPPORTED && !e.failure().isRetryable()) {
                    break;
                }
            }
        }
        throw Outcomes.upstream(last);
    }

    /**
     * {@code encoding_format}: {@code float} (the default) or {@code base64}, little-endian float32s,
     * which the official openai clients ask for unless told otherwise. The gateway answers in it
     * itself; embedders always hand over floats, so the field is not passed on.
     */
    private static boolean base64(JsonNode format) {
        if (format.isMissingNode() || format.isNull() || format.asText().equals("float")) {
            return false;
        }
        if (format.isTextual() && format.asText().equals("base64")) {
            return true;
        }
        throw ApiError.badRequest("invalid_encoding_format", "'encoding_format' must be 'float' or 'base64'.", "encoding_format");
    }

    private static String toBase64(float[] vector) {
        ByteBuffer bytes = ByteBuffer.allocate(vector.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        for (float value : vector) {
            bytes.putFloat(value);
        }
        return Base64.getEncoder().encodeToString(bytes.array());
    }

    private static List<String> inputs(JsonNode input) {
        if (input.isTextual()) {
            return List.of(input.asText());
        }
        if (input.isArray() && !input.isEmpty()) {
            List<String> texts = new ArrayList<>();
            for (int i = 0; i < input.size(); i++) {
                if (!input.get(i).isTextual()) {
                    throw ApiError.badRequest("invalid_input", "only text inputs are supported", "input[" + i + "]");
                }
                texts.add(input.get(i).asText());
            }
            return texts;
        }
        throw ApiError.badRequest("invalid_input", "'input' must be a string or a non-empty array of strings.", "input");
    }

    private static double[] toDoubles(float[] vector) {
        double[] doubles = new double[vector.length];
        for (int i = 0; i < vector.length; i++) {
            doubles[i] = vector[i];
        }
        return doubles;
    }
}
