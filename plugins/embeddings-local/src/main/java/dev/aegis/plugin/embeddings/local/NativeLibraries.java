package dev.aegis.plugin.embeddings.local;

import dev.aegis.api.PluginContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where the native libraries land. DJL unpacks its tokenizer library into {@code DJL_CACHE_DIR}
 * (default {@code ~/.djl.ai}, which a service account or a read-only home may not have): when the
 * operator set neither the variable nor the property, it goes under the entry's data directory, next
 * to the gateway's other files, readable by the owner only like them. ONNX Runtime unpacks into
 * {@code java.io.tmpdir} (or {@code onnxruntime.native.path}), which every JVM can write; that is
 * left as it is. The jar carries CPU libraries only, so DJL is told so ({@code RUST_FLAVOR=cpu})
 * rather than looking for a CUDA build of the tokenizer on machines with a GPU.
 */
final class NativeLibraries {

    static final String DJL_CACHE_DIR = "DJL_CACHE_DIR";
    static final String RUST_FLAVOR = "RUST_FLAVOR";

    private NativeLibraries() {}

    /** @return the cache directory chosen here, when the operator chose none */
    static Optional<Path> placeTokenizerLibrary(PluginContext context) {
        synchronized (NativeLibraries.class) {
            if (unset(RUST_FLAVOR)) {
                System.setProperty(RUST_FLAVOR, "cpu");
            }
            if (!unset(DJL_CACHE_DIR)) {
                return Optional.empty();
            }
            Path cache = context.dataDirectory().resolve("djl").toAbsolutePath();
            System.setProperty(DJL_CACHE_DIR, cache.toString());
            return Optional.of(cache);
        }
    }

    /** Makes what DJL unpacked under {@code directory} the owner's only, as the rest of the data directory. */
    static void ownerOnly(Path directory) {
        if (!Files.isDirectory(directory) || !FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(Files.isDirectory(path) ? "rwx------" : "rw-------"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot restrict " + directory + " to its owner", e);
        }
    }

    private static boolean unset(String name) {
        String env = System.getenv(name);
        return (env == null || env.isBlank()) && System.getProperty(name) == null;
    }
}
