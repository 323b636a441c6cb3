package dev.aegis.kernel.config;

import static java.util.Objects.requireNonNull;

/**
 * One configuration problem and where it is.
 *
 * @param path YAML path, e.g. {@code routes.support.ingress[1].config.threshold}; empty for the whole file
 */
public record ConfigError(String path, String message) {

    public ConfigError {
        requireNonNull(path, "path");
        requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return path.isEmpty() ? message : path + ": " + message;
    }
}
