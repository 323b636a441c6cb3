package dev.aegis.plugin.openai;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.Map;
import java.util.Set;

/**
 * Splices the client's other request fields into a body verbatim, as raw JSON: fields this
 * gateway has never heard of reach the upstream untouched, without a parse and re-serialization.
 */
final class RawParameters {

    private RawParameters() {}

    /** @param reserved fields the body already holds; a parameter never overrides them */
    static void write(JsonGenerator json, Map<String, String> parameters, Set<String> reserved) throws IOException {
        for (Map.Entry<String, String> parameter : parameters.entrySet()) {
            String value = parameter.getValue();
            // a blank value would make the whole body invalid JSON
            if (!reserved.contains(parameter.getKey()) && !value.isBlank()) {
                json.writeFieldName(parameter.getKey());
                json.writeRawValue(value);
            }
        }
    }
}
