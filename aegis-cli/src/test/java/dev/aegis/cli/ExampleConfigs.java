package dev.aegis.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The runnable configurations under {@code examples/config}, and copies of them a test can start: the
 * example's own {@code data-dir} moved into a temporary directory, and an MCP tool server the example
 * starts as {@code ./aegis mcp --config examples/config/X.yaml} (which needs the repository root as
 * working directory and a built jar) started as the same command from this JVM's class path, on a
 * prepared copy of X.yaml. Everything else is the file as a newcomer runs it.
 */
final class ExampleConfigs {

    static final Path DIRECTORY = Path.of("..", "examples", "config");
    /** Deliberately invalid, to show what {@code aegis validate} reports. */
    static final String BROKEN = "broken.yaml";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern DATA_DIR = Pattern.compile("(?m)^data-dir: data/examples/[\\w-]+$");
    private static final Pattern AEGIS_MCP = Pattern.compile("\\[\\./aegis, mcp, --config, (examples/config/[\\w-]+\\.yaml)]");

    private ExampleConfigs() {}

    /** Every example but {@value #BROKEN}, by file name. */
    static List<String> runnable() {
        try (Stream<Path> files = Files.list(DIRECTORY)) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".yaml") && !name.equals(BROKEN))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A copy of the example in {@code dir}, ready to start there. */
    static Path prepare(String name, Path dir) throws IOException {
        String yaml = Files.readString(DIRECTORY.resolve(name));
        Matcher dataDir = DATA_DIR.matcher(yaml);
        if (!dataDir.find()) {
            throw new AssertionError(name + " has no 'data-dir: data/examples/<name>' line of its own");
        }
        yaml = dataDir.replaceFirst(Matcher.quoteReplacement("data-dir: " + JSON.writeValueAsString(dir.resolve("data").resolve(name.replace(".yaml", "")).toString())));
        Matcher mcp = AEGIS_MCP.matcher(yaml);
        StringBuilder prepared = new StringBuilder();
        while (mcp.find()) {
            Path server = prepare(Path.of(mcp.group(1)).getFileName().toString(), dir);
            mcp.appendReplacement(prepared, Matcher.quoteReplacement(cliCommand("mcp", "--config", server.toString())));
        }
        mcp.appendTail(prepared);
        Path copy = dir.resolve(name);
        Files.writeString(copy, prepared.toString());
        return copy;
    }

    /** The aegis command from this JVM's class path, as a YAML flow sequence. */
    private static String cliCommand(String... args) throws JsonProcessingException {
        String java = ProcessHandle.current().info().command()
                .orElseGet(() -> Path.of(System.getProperty("java.home"), "bin", "java").toString());
        List<String> command = Stream.concat(
                Stream.of(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"), Main.class.getName()),
                Stream.of(args)).toList();
        return JSON.writeValueAsString(command);
    }
}
