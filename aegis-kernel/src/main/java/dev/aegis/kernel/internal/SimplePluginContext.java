package dev.aegis.kernel.internal;

import dev.aegis.api.PluginContext;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/** The context handed to a factory: the entry's name and labels, its own data directory, the clock. */
public record SimplePluginContext(String instanceName, Map<String, String> labels, Path dataDirectory, Clock clock) implements PluginContext {

    public SimplePluginContext {
        labels = Map.copyOf(labels);
    }

    /** The instance's directory, made when first asked for, as the contract promises. */
    @Override
    public Path dataDirectory() {
        try {
            java.nio.file.Files.createDirectories(dataDirectory);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot create the data directory of '" + instanceName + "': " + dataDirectory, e);
        }
        return dataDirectory;
    }
}
