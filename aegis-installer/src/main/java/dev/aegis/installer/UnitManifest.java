package dev.aegis.installer;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * {@code aegis-plugin.properties}, written into a unit's directory by {@code aegis plugins install}:
 * what was installed, against which contracts, when, and the SHA-256 of every jar. Discovery ignores
 * it (it loads jars only); {@code list} shows it and {@code remove} requires it.
 *
 * @param jars file name to lower-case hex SHA-256
 */
public record UnitManifest(PluginCoordinates coordinates, String contractsVersion, Instant installedAt, List<String> repositories,
        Map<String, String> jars) {

    public static final String FILE_NAME = "aegis-plugin.properties";

    private static final String JAR_PREFIX = "jar.";

    public UnitManifest {
        requireNonNull(coordinates, "coordinates");
        requireNonNull(contractsVersion, "contractsVersion");
        requireNonNull(installedAt, "installedAt");
        repositories = List.copyOf(repositories);
        jars = Map.copyOf(new TreeMap<>(jars));
    }

    /** The manifest of the unit in {@code directory}; empty when it has none (a jar dropped by hand). */
    public static Optional<UnitManifest> read(Path directory) {
        Path file = directory.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(in);
        } catch (IOException e) {
            throw new InstallException(InstallException.IO, "cannot read " + file + ": " + e.getMessage(), e);
        }
        try {
            Map<String, String> jars = new TreeMap<>();
            for (String key : properties.stringPropertyNames()) {
                if (key.startsWith(JAR_PREFIX)) {
                    jars.put(key.substring(JAR_PREFIX.length()), properties.getProperty(key));
                }
            }
            String repositories = properties.getProperty("repositories", "");
            return Optional.of(new UnitManifest(
                    new PluginCoordinates(required(properties, "group-id", file), required(properties, "artifact-id", file),
                            required(properties, "version", file)),
                    required(properties, "contracts-version", file),
                    Instant.parse(required(properties, "installed-at", file)),
                    repositories.isBlank() ? List.of() : List.of(repositories.split(" ")),
                    jars));
        } catch (DateTimeParseException e) {
            throw new InstallException(InstallException.IO, file + ": installed-at is not an instant: " + e.getMessage(), e);
        }
    }

    /** Records the jars now in {@code directory} with their hashes. */
    static UnitManifest of(PluginCoordinates coordinates, String contractsVersion, Instant installedAt, List<String> repositories,
            Path directory) {
        Map<String, String> jars = new TreeMap<>();
        for (Path jar : jarsIn(directory)) {
            jars.put(jar.getFileName().toString(), sha256(jar));
        }
        return new UnitManifest(coordinates, contractsVersion, installedAt, repositories, jars);
    }

    void write(Path directory) throws IOException {
        Properties properties = new Properties();
        properties.setProperty("coordinates", coordinates.toString());
        properties.setProperty("group-id", coordinates.groupId());
        properties.setProperty("artifact-id", coordinates.artifactId());
        properties.setProperty("version", coordinates.version());
        properties.setProperty("contracts-version", contractsVersion);
        properties.setProperty("installed-at", installedAt.toString());
        properties.setProperty("repositories", String.join(" ", repositories));
        jars.forEach((name, hash) -> properties.setProperty(JAR_PREFIX + name, hash));
        try (OutputStream out = Files.newOutputStream(directory.resolve(FILE_NAME))) {
            properties.store(out, "Written by aegis plugins install; aegis plugins remove " + directory.getFileName() + " deletes this directory");
        }
    }

    /** The jars of {@code directory} that were added, changed or removed since install; empty when intact. */
    public List<String> changedJars(Path directory) {
        List<String> changed = new ArrayList<>();
        Map<String, String> now = new TreeMap<>();
        for (Path jar : jarsIn(directory)) {
            now.put(jar.getFileName().toString(), sha256(jar));
        }
        jars.forEach((name, hash) -> {
            if (!hash.equals(now.get(name))) {
                changed.add(name);
            }
        });
        now.keySet().stream().filter(name -> !jars.containsKey(name)).forEach(changed::add);
        return changed.stream().sorted().toList(); // by name, whatever order the manifest map keeps
    }

    static List<Path> jarsIn(Path directory) {
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.filter(entry -> Files.isRegularFile(entry) && entry.getFileName().toString().endsWith(".jar")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sha256(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 * 1024];
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                digest.update(buffer, 0, read);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private static String required(Properties properties, String key, Path file) {
        String value = properties.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new InstallException(InstallException.IO, file + " has no " + key);
        }
        return value;
    }
}
