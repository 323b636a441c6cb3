package dev.aegis.runtime.tools;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aegis.api.model.ToolDefinition;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The hash a tool definition is pinned by: SHA-256 over its name, description and parameter schema,
 * the schema in a canonical form (keys sorted, no whitespace), so a server that merely reorders or
 * reformats its JSON is not taken for a changed one.
 */
public final class ToolHashes {

    private static final ObjectMapper JSON = new ObjectMapper();
    // Every run offers the same definitions again: each is parsed and hashed once. Bounded, in case a
    // source invents a new definition per call.
    private static final int REMEMBERED = 4096;
    private static final Map<ToolDefinition, String> HASHES = new ConcurrentHashMap<>();

    private ToolHashes() {}

    public static String of(ToolDefinition definition) {
        String known = HASHES.get(definition);
        if (known != null) {
            return known;
        }
        String hash = hash(definition);
        if (HASHES.size() >= REMEMBERED) {
            HASHES.clear();
        }
        HASHES.put(definition, hash);
        return hash;
    }

    private static String hash(ToolDefinition definition) {
        String text = definition.name() + '\u0000' + definition.description() + '\u0000' + canonical(definition.parameters());
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }

    static String canonical(String json) {
        try {
            StringBuilder out = new StringBuilder(json.length());
            write(JSON.readTree(json), out);
            return out.toString();
        } catch (JsonProcessingException e) {
            return json; // not JSON: hashed as written
        }
    }

    private static void write(JsonNode node, StringBuilder out) throws JsonProcessingException {
        if (node.isObject()) {
            List<String> names = new ArrayList<>();
            node.fieldNames().forEachRemaining(names::add);
            names.sort(null);
            out.append('{');
            for (int i = 0; i < names.size(); i++) {
                out.append(i == 0 ? "" : ",").append(JSON.writeValueAsString(names.get(i))).append(':');
                write(node.get(names.get(i)), out);
            }
            out.append('}');
        } else if (node.isArray()) {
            out.append('[');
            for (int i = 0; i < node.size(); i++) {
                out.append(i == 0 ? "" : ",");
                write(node.get(i), out);
            }
            out.append(']');
        } else {
            out.append(JSON.writeValueAsString(node));
        }
    }
}
