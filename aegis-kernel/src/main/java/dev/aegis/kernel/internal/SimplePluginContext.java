package dev.aegis.kernel.internal;

import dev.aegis.api.PluginContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.Map;
import java.util.function.Function;

/** The context handed to a factory: the entry's name and labels, its own data directory, the clock. */
public record SimplePluginContext(String instanceName, Map<String, String> labels, Path dataDirectory, Clock clock,
        Function<Class<?>, Map<String, Object>> instances) implements PluginContext {

    public SimplePluginContext {
        labels = Map.copyOf(labels);
        java.util.Objects.requireNonNull(instances, "instances");
    }

    /** A context that can look nothing up (secret providers, which are created before everything else). */
    public SimplePluginContext(String instanceName, Map<String, String> labels, Path dataDirectory, Clock clock) {
        this(instanceName, labels, dataDirectory, clock, contract -> Map.of());
    }

    @Override
    public <T> java.util.Optional<T> lookup(Class<T> contract, String name) {
        Object instance = instances.apply(contract).get(name);
        return contract.isInstance(instance) ? java.util.Optional.of(contract.cast(instance)) : java.util.Optional.empty();
    }

    @Override
    public java.util.List<String> names(Class<?> contract) {
        return java.util.List.copyOf(instances.apply(contract).keySet());
    }

    /**
     * The instance's directory, made when first asked for, as the contract promises: only the owner
     * may enter it (and the data directory above it, when made here), as plugins keep state there.
     */
    @Override
    public Path dataDirectory() {
        try {
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.createDirectories(dataDirectory, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            } else {
                Files.createDirectories(dataDirectory);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data directory of '" + instanceName + "': " + dataDirectory, e);
        }
        return dataDirectory;
    }
}
