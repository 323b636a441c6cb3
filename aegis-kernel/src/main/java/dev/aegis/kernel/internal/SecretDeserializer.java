package dev.aegis.kernel.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import dev.aegis.api.AegisException;
import dev.aegis.api.secret.Secret;
import dev.aegis.kernel.config.ConfigError;
import dev.aegis.kernel.config.SecretResolver;
import java.io.IOException;
import java.util.List;

/**
 * Binds {@code {secret: "scheme:reference"}} by resolving it. Literal strings are refused, so a key
 * never sits in clear in a config file. Failures are collected, not thrown, so one load reports
 * every unresolved secret.
 */
final class SecretDeserializer extends StdDeserializer<Secret> {

    private static final long serialVersionUID = 1L;
    static final String RESOLVER = "aegis.secret-resolver";
    static final String ERRORS = "aegis.secret-errors";
    static final String PATH = "aegis.path";
    private static final Secret UNRESOLVED = Secret.of("");

    SecretDeserializer() {
        super(Secret.class);
    }

    @Override
    @SuppressWarnings("unchecked")
    public Secret deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        String path = Names.child((String) context.getAttribute(PATH), RecordBinder.jsonPath(parser.getParsingContext()));
        JsonNode node = parser.readValueAsTree();
        List<ConfigError> errors = (List<ConfigError>) context.getAttribute(ERRORS);
        if (node == null || !node.isObject() || node.size() != 1 || !node.path("secret").isTextual()) {
            errors.add(new ConfigError(path, "secrets must be references, e.g. {secret: \"env:UPSTREAM_API_KEY\"}, never literal values"));
            return UNRESOLVED;
        }
        String reference = node.get("secret").asText();
        try {
            return ((SecretResolver) context.getAttribute(RESOLVER)).resolve(reference);
        } catch (AegisException e) {
            errors.add(new ConfigError(path, "cannot resolve secret '" + reference + "': " + e.getMessage()));
            return UNRESOLVED;
        }
    }
}
