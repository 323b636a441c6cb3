package dev.aegis.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A plugin's directory of the release exactly as its module packages it ({@code ARTIFACT-VERSION-plugin.zip}:
 * its jar and its own libraries, never the contracts), for a test that loads it from a plugin directory the
 * way the gateway does. The plugins' and packs' parent poms give failsafe the zip's path as
 * {@value #PROPERTY}; the zip exists once the module is packaged.
 */
public final class PackagedPlugin {

    public static final String PROPERTY = "aegis.plugin.zip";

    private PackagedPlugin() {}

    /** Unpacks the module's plugin zip into {@code pluginDirectory} and returns the plugin's own sub-directory. */
    public static Path unpackInto(Path pluginDirectory) throws IOException {
        String zip = System.getProperty(PROPERTY);
        if (zip == null) {
            throw new IllegalStateException(PROPERTY + " is not set: run this test with failsafe after the package phase"
                    + " (./mvnw verify -pl MODULE -am), which builds the plugin's zip");
        }
        Path file = Path.of(zip);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException(file + " does not exist: the module's package phase builds it");
        }
        Path root = pluginDirectory.toAbsolutePath().normalize();
        Path unit = null;
        try (InputStream in = Files.newInputStream(file); ZipInputStream entries = new ZipInputStream(in)) {
            for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                Path target = root.resolve(entry.getName()).normalize();
                if (!target.startsWith(root) || target.equals(root)) {
                    throw new IOException(file + " holds an entry outside its directory: " + entry.getName());
                }
                unit = unit == null ? root.resolve(root.relativize(target).getName(0)) : unit;
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(entries, target);
                }
            }
        }
        if (unit == null) {
            throw new IOException(file + " is empty");
        }
        return unit;
    }
}
