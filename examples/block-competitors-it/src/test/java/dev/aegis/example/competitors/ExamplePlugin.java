package dev.aegis.example.competitors;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The example's jar as its separate build produced it, and a plugin directory holding a copy. */
final class ExamplePlugin {

    /** The factory's class name: only ever a string here, since the class is not on this class path. */
    static final String FACTORY = "com.example.aegis.competitors.BlockCompetitorsFactory";

    private ExamplePlugin() {}

    /** The one {@code block-competitors-<version>.jar} in the target directory of the invoker's build. */
    static Path jar() {
        String target = System.getProperty("aegis.example.target");
        if (target == null) {
            throw new IllegalStateException("aegis.example.target is not set: run this test through Maven (failsafe), which builds the example first");
        }
        List<Path> jars = new ArrayList<>();
        try (DirectoryStream<Path> found = Files.newDirectoryStream(Path.of(target), "block-competitors-*.jar")) {
            found.forEach(jars::add);
        } catch (IOException e) {
            throw new UncheckedIOException("the invoker's build of examples/block-competitors left no " + target, e);
        }
        if (jars.size() != 1) {
            throw new IllegalStateException("expected one block-competitors jar in " + target + ", found " + jars);
        }
        return jars.getFirst();
    }

    /** A new plugin directory under {@code parent} with the example's jar dropped into it, as an operator would. */
    static Path directoryUnder(Path parent) throws IOException {
        Path plugins = Files.createDirectories(parent.resolve("plugins"));
        Files.copy(jar(), plugins.resolve(jar().getFileName()));
        return plugins;
    }
}
