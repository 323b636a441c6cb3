package dev.aegis.kernel.config;

import dev.aegis.api.AegisException;
import java.util.List;
import java.util.stream.Collectors;

/** Configuration did not load; carries every problem found, each with its path. */
public final class ConfigException extends AegisException {

    private static final long serialVersionUID = 1L;

    private final transient List<ConfigError> errors;

    public ConfigException(List<ConfigError> errors) {
        super("invalid_config", format(errors));
        this.errors = List.copyOf(errors);
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("a configuration exception needs at least one error");
        }
    }

    public static ConfigException of(String path, String message) {
        return new ConfigException(List.of(new ConfigError(path, message)));
    }

    public List<ConfigError> errors() {
        return errors;
    }

    /**
     * Every error one per line, each with its path, under a line naming the file: how {@code aegis
     * validate} prints them and how a refused reload logs them.
     */
    public String report(java.nio.file.Path config) {
        int count = errors.size();
        return config + " is invalid (" + count + (count == 1 ? " error" : " errors") + "):\n"
                + errors.stream().map(error -> "  " + error).collect(Collectors.joining("\n"));
    }

    private static String format(List<ConfigError> errors) {
        return errors.size() == 1
                ? errors.getFirst().toString()
                : errors.size() + " configuration errors:\n" + errors.stream().map(error -> "  " + error).collect(Collectors.joining("\n"));
    }
}
