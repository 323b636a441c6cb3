package dev.aegis.dist;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The environment a release's launcher runs in for these tests: a PATH of symbolic links to only the
 * tools {@code bin/aegis} uses (no {@code java} among them), HOME in a directory of the test, and no
 * JAVA_HOME unless given.
 */
final class Shell {

    /** What bin/aegis calls besides shell built-ins. */
    static final List<String> LAUNCHER_TOOLS = List.of("sh", "dirname", "readlink", "sed");

    private final Map<String, String> environment;

    private Shell(Map<String, String> environment) {
        this.environment = environment;
    }

    static Shell withoutJava(Path directory) throws IOException {
        Path bin = Files.createDirectories(directory.resolve("path"));
        for (String tool : LAUNCHER_TOOLS) {
            Files.createSymbolicLink(bin.resolve(tool), find(tool));
        }
        Map<String, String> environment = new HashMap<>();
        environment.put("PATH", bin.toString());
        environment.put("HOME", Files.createDirectories(directory.resolve("home")).toString());
        environment.put("LANG", "C.UTF-8");
        return new Shell(environment);
    }

    /** The PATH's only directory. */
    String path() {
        return environment.get("PATH");
    }

    Shell with(String name, String value) {
        Map<String, String> more = new HashMap<>(environment);
        more.put(name, value);
        return new Shell(more);
    }

    ProcessBuilder command(List<String> command) {
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().clear();
        builder.environment().putAll(environment);
        return builder;
    }

    /** Runs a command to its end (at most {@code seconds}) and returns what it printed; fails on a non-zero exit. */
    String run(List<String> command, Path directory, int seconds) throws IOException, InterruptedException {
        Finished finished = finish(command(command).directory(directory.toFile()), seconds);
        if (finished.exit() != 0) {
            throw new AssertionError(command + " exited with " + finished.exit() + ":\n" + finished.output());
        }
        return finished.output();
    }

    /** What a process printed (standard output and error) and its exit status, once it ended. */
    record Finished(int exit, String output) {}

    static Finished finish(ProcessBuilder builder, int seconds) throws IOException, InterruptedException {
        Path output = Files.createTempFile("aegis-dist-it", ".out");
        try {
            Process process = builder.redirectErrorStream(true).redirectOutput(output.toFile()).start();
            if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
                throw new AssertionError(builder.command() + " did not end in " + seconds + " s:\n" + Files.readString(output));
            }
            return new Finished(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(output);
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static Path find(String tool) {
        for (String directory : List.of("/usr/bin", "/bin", "/usr/local/bin")) {
            Path candidate = Path.of(directory, tool);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("the test needs " + tool + " in /usr/bin or /bin");
    }
}
