package dev.aegis.installer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

final class Directories {

    private Directories() {}

    static void delete(Path directory) throws IOException {
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(directory)) {
            paths = walk.sorted(Comparator.reverseOrder()).toList();
        }
        for (Path path : paths) {
            Files.deleteIfExists(path);
        }
    }

    // Cleanup after a refusal or a finished move: the refusal is the error worth reporting, not this.
    static void deleteQuietly(Path directory) {
        try {
            delete(directory);
        } catch (IOException ignored) {
            // a leftover .installing-* directory holds no jars directly, so discovery skips it
        }
    }
}
