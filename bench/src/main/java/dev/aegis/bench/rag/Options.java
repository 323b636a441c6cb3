package dev.aegis.bench.rag;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** {@code --name value} command-line options; a name outside the known ones stops the run. */
final class Options {

    private final Map<String, String> values = new HashMap<>();

    Options(String[] args, Set<String> known) {
        if (args.length % 2 != 0) {
            throw new IllegalArgumentException("options come in pairs: --name value");
        }
        for (int i = 0; i < args.length; i += 2) {
            String name = args[i].startsWith("--") ? args[i].substring(2) : "";
            if (!known.contains(name)) {
                throw new IllegalArgumentException("unknown option '" + args[i] + "'; known: --" + String.join(", --", known));
            }
            values.put(name, args[i + 1]);
        }
    }

    String get(String name, String otherwise) {
        return values.getOrDefault(name, otherwise);
    }

    int integer(String name, int otherwise) {
        return Integer.parseInt(get(name, Integer.toString(otherwise)));
    }
}
