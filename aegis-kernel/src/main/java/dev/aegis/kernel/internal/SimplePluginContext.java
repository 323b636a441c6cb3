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

/** The context handed to a factory: the entry's name and labels, its own data directory, the clock. */
public record SimplePluginContext(String instanceName, Map<String, String> labels, Path dataDirectory, Clock clock) implements PluginContext {

    public SimplePluginContext {
        labels = Map.copyOf(labels);
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
