package dev.aegis.plugin.langchain4j;

import com.fasterxml.jackson.databind.JsonNode;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.request.ResponseFormatType;
import dev.langchain4j.model.chat.request.ToolChoice;
import dev.langchain4j.model.chat.request.json.JsonSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Applies the OpenAI request fields LangChain4j understands — {@code temperature}, {@code top_p},
 * {@code max_completion_tokens} / {@code max_tokens}, {@code stop}, {@code tool_choice},
 * {@code response_format} — from their raw JSON text. Other fields are ignored: each vendor
 * speaks its own dialect and LangChain4j refuses what it cannot translate.
 */
final class RequestParameters {

    private RequestParameters() {}

    /** @throws IllegalArgumentException naming the field whose value has the wrong shape */
    static void apply(Map<String, String> parameters, boolean hasTools, ChatRequest.Builder builder) {
        number(parameters, "temperature").ifPresent(builder::temperature);
        number(parameters, "top_p").ifPresent(builder::topP);
        integer(parameters, "max_completion_tokens").or(() -> integer(parameters, "max_tokens")).ifPresent(builder::maxOutputTokens);
        node(parameters, "stop").map(RequestParameters::stopSequences).ifPresent(builder::stopSequences);
        if (hasTools) {
            node(parameters, "tool_choice").map(RequestParameters::toolChoice).ifPresent(builder::toolChoice);
        }
        node(parameters, "response_format").flatMap(RequestParameters::responseFormat).ifPresent(builder::responseFormat);
    }

    private static Optional<JsonNode> node(Map<String, String> parameters, String name) {
        return Optional.ofNullable(parameters.get(name)).map(text -> Json.parse(text, name)).filter(node -> !node.isNull());
    }

    private static Optional<Double> number(Map<String, String> parameters, String name) {
        return node(parameters, name).map(node -> {
            if (!node.isNumber()) {
                throw new IllegalArgumentException(name + " must be a number");
            }
            return node.asDouble();
        });
    }

    private static Optional<Integer> integer(Map<String, String> parameters, String name) {
        return node(parameters, name).map(node -> {
            if (!node.canConvertToInt() || !node.isIntegralNumber() || node.asInt() < 1) {
                throw new IllegalArgumentException(name + " must be a positive integer");
            }
            return node.asInt();
        });
    }

    private static List<String> stopSequences(JsonNode stop) {
        List<String> sequences = new ArrayList<>();
        if (stop.isTextual()) {
            sequences.add(stop.asText());
        } else if (stop.isArray()) {
            stop.forEach(sequence -> {
                if (!sequence.isTextual()) {
                    throw new IllegalArgumentException("stop must be a string or an array of strings");
                }
                sequences.add(sequence.asText());
            });
        } else {
            throw new IllegalArgumentException("stop must be a string or an array of strings");
        }
        return sequences;
    }

    // A named function ({"type": "function", …}) has no vendor-neutral form in LangChain4j: "some tool" is the nearest.
    private static ToolChoice toolChoice(JsonNode choice) {
        if (choice.isObject()) {
            return ToolChoice.REQUIRED;
        }
        return switch (choice.asText()) {
            case "auto" -> ToolChoice.AUTO;
            case "required" -> ToolChoice.REQUIRED;
            case "none" -> ToolChoice.NONE;
            default -> throw new IllegalArgumentException("tool_choice must be auto, required, none or a function");
        };
    }

    private static Optional<ResponseFormat> responseFormat(JsonNode format) {
        return switch (format.path("type").asText()) {
            case "json_object" -> Optional.of(ResponseFormat.JSON);
            case "json_schema" -> {
                JsonNode spec = format.path("json_schema");
                JsonSchema schema = JsonSchema.builder()
                        .name(spec.path("name").asText("response"))
                        .rootElement(JsonSchemaMapper.objectSchema(spec.path("schema")))
                        .build();
                yield Optional.of(ResponseFormat.builder().type(ResponseFormatType.JSON).jsonSchema(schema).build());
            }
            case "text", "" -> Optional.empty();
            default -> throw new IllegalArgumentException("response_format type must be text, json_object or json_schema");
        };
    }
}
