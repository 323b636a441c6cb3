package dev.aegis.server.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Seeded random mutations of valid bodies: the parser answers a 400, or parses; it never throws anything else. */
class ChatCompletionParserFuzzTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String VALID = """
            {"model": "m", "stream": true, "stream_options": {"include_usage": true},
             "messages": [
               {"role": "system", "content": "Be brief", "name": "sys"},
               {"role": "user", "content": [{"type": "text", "text": "Hi"}, {"type": "text", "text": "there"}]},
               {"role": "assistant", "content": null, "tool_calls": [{"id": "c1", "type": "function", "function": {"name": "f", "arguments": "{}"}}]},
               {"role": "tool", "tool_call_id": "c1", "content": "done"}],
             "tools": [{"type": "function", "function": {"name": "f", "description": "d",
               "parameters": {"type": "object", "properties": {"a": {"type": "string", "enum": ["x"]}}}}}],
             "temperature": 0.5, "top_p": 1, "max_tokens": 10, "n": 1, "stop": ["x"], "seed": 7, "user": "u",
             "metadata": {"k": "v"}, "logit_bias": {"50256": -100}, "tool_choice": {"type": "function", "function": {"name": "f"}},
             "response_format": {"type": "json_schema", "json_schema": {"name": "r", "schema": {"type": "object"}}},
             "prediction": {"type": "content", "content": "x"}}
            """;

    private final RequestParameters parameters = new RequestParameters(Optional.empty());

    @Test
    void theValidBodyParses() throws Exception {
        ChatCompletionRequest request = ChatCompletionParser.parse(JSON.readTree(VALID), parameters);

        assertThat(request.messages()).hasSize(4);
        assertThat(request.parameters()).containsKeys("temperature", "user", "prediction").doesNotContainKey("metadata");
    }

    @Test
    void mutatedBodiesAreParsedOrRefusedWithA400() throws Exception {
        Random random = new Random(20261207);
        List<String> failures = new ArrayList<>();
        int refused = 0;
        for (int i = 0; i < 5_000; i++) {
            JsonNode body = JSON.readTree(VALID);
            for (int edits = 1 + random.nextInt(3); edits > 0; edits--) {
                mutate(body, random);
            }
            try {
                ChatCompletionParser.parse(body, parameters);
            } catch (ApiError error) {
                refused++;
                if (error.status() != 400 || error.getMessage() == null || error.getMessage().isBlank()) {
                    failures.add(error.status() + " " + error.code() + " for " + body);
                }
            } catch (RuntimeException e) {
                failures.add(e + " for " + body);
            }
        }
        assertThat(failures).isEmpty();
        assertThat(refused).isGreaterThan(250);
    }

    private static void mutate(JsonNode body, Random random) {
        List<JsonNode> containers = new ArrayList<>();
        collect(body, containers);
        JsonNode target = containers.get(random.nextInt(containers.size()));
        JsonNode replacement = switch (random.nextInt(9)) {
            case 0 -> NODES.nullNode();
            case 1 -> NODES.numberNode(random.nextInt(7) - 2);
            case 2 -> NODES.numberNode(1e300);
            case 3 -> NODES.textNode(random.nextBoolean() ? "" : "x y@z");
            case 4 -> NODES.arrayNode().add(NODES.objectNode());
            case 5 -> NODES.objectNode().put("id", 1);
            case 6 -> NODES.booleanNode(random.nextBoolean());
            case 7 -> NODES.arrayNode();
            default -> NODES.missingNode();
        };
        if (target instanceof ObjectNode object && !object.isEmpty()) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            String name = names.get(random.nextInt(names.size()));
            if (replacement.isMissingNode()) {
                object.remove(name);
            } else {
                object.set(name, replacement);
            }
        } else if (target instanceof ArrayNode array && !array.isEmpty()) {
            int index = random.nextInt(array.size());
            if (replacement.isMissingNode()) {
                array.remove(index);
            } else {
                array.set(index, replacement);
            }
        }
    }

    private static void collect(JsonNode node, List<JsonNode> containers) {
        if (node.isContainerNode()) {
            containers.add(node);
            node.forEach(child -> collect(child, containers));
        }
    }
}
