package dev.aegis.testkit;

import dev.aegis.api.AegisPlugin;
import dev.aegis.api.ContractsVersion;
import jakarta.validation.constraints.NotBlank;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * A Maven repository in a directory (the layout Central has, checksums included), filled by the test:
 * the block-competitors example compiled from {@code examples/block-competitors} against this build's
 * contracts, as its author's build would, and published with a pom the test writes. Compiling needs a
 * JDK (javax.tools), and aegis-api and jakarta.validation-api on the test's class path; the example is
 * found in the nearest directory above the working directory that holds {@code examples/}, so a test of
 * any module of the Aegis repository can use it.
 */
public final class PluginRepository {

    public static final String GROUP = "com.example.aegis";

    private final Path root;

    public PluginRepository(Path root) {
        this.root = root;
    }

    public URI uri() {
        return root.toUri();
    }

    /** The example's {@code src/main}: {@code examples/block-competitors/src/main} of the Aegis repository. */
    public static Path example() {
        Path start = Path.of("").toAbsolutePath();
        for (Path directory = start; directory != null; directory = directory.getParent()) {
            Path example = directory.resolve("examples").resolve("block-competitors").resolve("src").resolve("main");
            if (Files.isDirectory(example)) {
                return example;
            }
        }
        throw new IllegalStateException("no examples/block-competitors/src/main in " + start + " or a directory above it:"
                + " run the test inside the Aegis repository");
    }

    /** The example plugin's jar, compiled into {@code work}. */
    public static Path exampleJar(Path work) throws IOException {
        Path example = example();
        Path classes = Files.createDirectories(work.resolve("classes"));
        List<String> sources;
        try (Stream<Path> files = Files.walk(example.resolve("java"))) {
            sources = files.filter(file -> file.toString().endsWith(".java")).map(Path::toString).toList();
        }
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler == null) {
            throw new IllegalStateException("no Java compiler: run the test on a JDK, not a JRE");
        }
        List<String> arguments = new ArrayList<>(List.of("--release", "21", "-proc:none", "-d", classes.toString(),
                "-classpath", classPathOf(AegisPlugin.class) + File.pathSeparator + classPathOf(NotBlank.class)));
        arguments.addAll(sources);
        int result = compiler.run(null, null, null, arguments.toArray(String[]::new));
        if (result != 0) {
            throw new IllegalStateException("the example did not compile (" + result + ")");
        }
        Map<String, Path> entries = new TreeMap<>();
        for (Path root : List.of(classes, example.resolve("resources"))) {
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(Files::isRegularFile).forEach(file -> entries.put(root.relativize(file).toString().replace('\\', '/'), file));
            }
        }
        return jar(work.resolve("block-competitors.jar"), entries);
    }

    // what the example's author compiles against: the contracts and the validation annotations, nothing else
    private static String classPathOf(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A jar of one resource and no plugin. */
    public static Path jarWithoutPlugin(Path work) throws IOException {
        Path readme = Files.writeString(work.resolve("README.txt"), "a library, not a plugin");
        return jar(work.resolve("no-plugin.jar"), Map.of("README.txt", readme));
    }

    /** Publishes {@code jar} as {@code GROUP:artifactId:version} with a pom holding {@code dependencies} (XML elements). */
    public void publish(String artifactId, String version, Path jar, String dependencies) throws IOException {
        Path directory = Files.createDirectories(root.resolve(GROUP.replace('.', '/')).resolve(artifactId).resolve(version));
        String base = artifactId + "-" + version;
        write(directory.resolve(base + ".jar"), Files.readAllBytes(jar));
        write(directory.resolve(base + ".pom"), ("""
                <?xml version="1.0" encoding="UTF-8"?>
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>%s</groupId>
                  <artifactId>%s</artifactId>
                  <version>%s</version>
                  <dependencies>
                %s
                  </dependencies>
                </project>
                """).formatted(GROUP, artifactId, version, dependencies).getBytes(StandardCharsets.UTF_8));
    }

    /** The example's own dependencies: the contracts of {@code contracts} and validation, both provided. */
    public static String providedContracts(String contracts) {
        return """
                    <dependency><groupId>dev.aegis</groupId><artifactId>aegis-api</artifactId><version>%s</version><scope>provided</scope></dependency>
                    <dependency><groupId>jakarta.validation</groupId><artifactId>jakarta.validation-api</artifactId><version>3.1.1</version><scope>provided</scope></dependency>
                """.formatted(contracts);
    }

    /** The example's own dependencies on this build's contracts. */
    public static String providedContracts() {
        return providedContracts(ContractsVersion.current().text());
    }

    private static void write(Path file, byte[] bytes) throws IOException {
        Files.write(file, bytes);
        Files.writeString(file.resolveSibling(file.getFileName() + ".sha1"), digest("SHA-1", bytes));
    }

    private static Path jar(Path jar, Map<String, Path> entries) throws IOException {
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
            for (Map.Entry<String, Path> entry : entries.entrySet()) {
                out.putNextEntry(new JarEntry(entry.getKey()));
                out.write(Files.readAllBytes(entry.getValue()));
                out.closeEntry();
            }
        }
        return jar;
    }

    /** The hex digest of {@code bytes} by {@code algorithm} (SHA-1, SHA-256). */
    public static String digest(String algorithm, byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The hex SHA-256 of a file, as a unit's manifest records its jars. */
    public static String sha256(Path file) {
        try {
            return digest("SHA-256", Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
