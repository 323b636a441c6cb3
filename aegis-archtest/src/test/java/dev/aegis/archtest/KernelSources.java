package dev.aegis.archtest;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the kernel's main sources are: set by the build, or found next to this module. */
final class KernelSources {

    static final String PROPERTY = "aegis.kernel.sources";

    private KernelSources() {}

    static Path locate() {
        String configured = System.getProperty(PROPERTY);
        return locate(configured != null ? Path.of(configured) : Path.of(System.getProperty("user.dir"), "..", "aegis-kernel", "src", "main"));
    }

    /** Fails loudly: a scan of a directory that is not there would pass without checking anything. */
    static Path locate(Path candidate) {
        Path directory = candidate.toAbsolutePath().normalize();
        if (!Files.isDirectory(directory.resolve("java/dev/aegis/kernel"))) {
            throw new IllegalStateException("the kernel's main sources are not at " + directory + "; set -D" + PROPERTY + "=<aegis-kernel/src/main>");
        }
        return directory;
    }
}
