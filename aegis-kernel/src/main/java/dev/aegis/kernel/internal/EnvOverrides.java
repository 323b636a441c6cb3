package dev.aegis.kernel.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Applies {@code AEGIS__SERVER__PORT=9090}-style environment variables to the configuration tree:
 * {@code __} separates levels, a single {@code _} becomes {@code -}, names are lower-cased, and the
 * value is read as a YAML scalar. Only mappings can be reached this way, not list items.
 */
public final class EnvOverrides {

    public static final String PREFIX = "AEGIS__";

    private EnvOverrides() {}

    public static void apply(JsonNode tree, Map<String, String> environment, RecordBinder parser) {
        if (!(tree instanceof ObjectNode root)) {
            return;
        }
        new TreeMap<>(environment).forEach((name, value) -> {
            if (!name.startsWith(PREFIX) || name.length() == PREFIX.length()) {
                return;
            }
            String[] path = name.substring(PREFIX.length()).toLowerCase(Locale.ROOT).replace("__", "\u0000").replace('_', '-').split("\u0000");
            ObjectNode at = root;
            for (int i = 0; i < path.length - 1; i++) {
                JsonNode child = at.get(path[i]);
                at = child instanceof ObjectNode object ? object : at.putObject(path[i]);
            }
            at.set(path[path.length - 1], parser.parse(value, name));
        });
    }
}
