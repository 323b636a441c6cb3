package dev.aegis.dist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The self-contained tarball unpacked into an empty directory and started by its launcher, with no
 * Java on the PATH and no JAVA_HOME: the gateway must run on the runtime the tarball brings, with
 * every plugin from its own directory, and pass the official openai client's tests.
 */
class TarballIT {

    @TempDir
    static Path work;

    static Path release;
    static Shell shell;
    static ReleaseProcess gateway;

    @BeforeAll
    static void unpackAndServe() throws Exception {
        Path tarball = Path.of(System.getProperty("aegis.tarball"));
        assertThat(tarball).as("the tarball (failsafe runs after package)").isRegularFile();
        Path unpacked = Files.createDirectory(work.resolve("unpacked"));
        Process tar = new ProcessBuilder("tar", "-xzf", tarball.toString(), "-C", unpacked.toString()).inheritIO().start();
        assertThat(tar.waitFor(5, TimeUnit.MINUTES) && tar.exitValue() == 0).as("tar -xzf %s", tarball).isTrue();
        List<String> top = names(unpacked);
        assertThat(top).as("one directory at the top of the tarball").containsExactly("aegis-" + version());
        release = unpacked.resolve(top.get(0));
        shell = Shell.withoutJava(work);
        gateway = ReleaseProcess.serve(release, shell, Files.createDirectory(work.resolve("cwd")).resolve("gateway.log"));
    }

    @AfterAll
    static void stop() {
        if (gateway != null) {
            gateway.close();
        }
    }

    @Test
    void theTarballHoldsTheReleaseLayoutWithItsOwnRuntime() throws Exception {
        assertThat(release.getFileName().toString()).startsWith("aegis-");
        assertThat(release.resolve("bin/aegis")).isExecutable();
        assertThat(release.resolve("runtime/bin/java")).isExecutable();
        assertThat(release.resolve("etc/aegis.yaml")).isRegularFile();
        assertThat(names(release.resolve("lib"))).contains("aegis-cli-" + version() + ".jar", "aegis-server-" + version() + ".jar")
                .noneMatch(jar -> jar.startsWith("aegis-provider-") || jar.startsWith("aegis-pack-") || jar.startsWith("aegis-plugin-"));
        assertThat(names(release.resolve("plugins"))).contains("provider-mock", "provider-openai", "pack-pii", "pack-budgets", "embeddings-local");
        assertThat(names(release.resolve("plugins/provider-openai")))
                .contains("aegis-provider-openai-" + version() + ".jar")
                .anyMatch(jar -> jar.startsWith("jackson-databind-"))
                .noneMatch(jar -> jar.startsWith("aegis-api-"));
    }

    @Test
    void theGatewayRunsOnTheBundledRuntimeWithNoJavaOnThePath() throws Exception {
        assertThat(names(Path.of(shell.path()))).doesNotContain("java");
        Path bundled = release.resolve("runtime").toRealPath();
        assertThat(gateway.command()).as("the gateway's executable").isPresent();
        assertThat(Path.of(gateway.command().get()).toRealPath()).isEqualTo(bundled.resolve("bin/java"));
        assertThat(shell.run(List.of(release.resolve("bin/aegis").toString(), "--version"), work, 60)).contains("(" + bundled + ")");
    }

    @Test
    void theDefaultConfigurationKeepsItsDataInTheRelease() throws Exception {
        assertThat(gateway.post("/v1/chat/completions", "{\"model\": \"mock-1\", \"messages\": [{\"role\": \"user\", \"content\": \"hi\"}]}").body())
                .contains("Mock reply to: hi");
        assertThat(release.resolve("data/aegis.db")).isRegularFile();
        assertThat(work.resolve("cwd/data")).doesNotExist();
    }

    @Test
    void pluginsThatLogThroughSlf4jBringTheirOwnBinding() {
        // the default configuration starts embeddings-local, vector-lucene and pack-budgets, whose libraries log through SLF4J
        assertThat(gateway.log()).contains("embedder 'minilm'").doesNotContain("No SLF4J providers were found");
    }

    @Test
    void theOfficialOpenAiClientTestsPassAgainstTheUnpackedTarball() throws Exception {
        Optional<Path> node = onPath("node");
        Optional<Path> npm = onPath("npm");
        assumeTrue(node.isPresent() && npm.isPresent(), "node and npm are not on the PATH: the official openai client tests cannot run");
        Path client = Path.of(System.getProperty("aegis.repository"), "clients", "openai-node").toRealPath();
        run(List.of(npm.get().toString(), "ci", "--no-audit", "--no-fund", "--loglevel=error"), client, null);
        String output = run(List.of(node.get().toString(), "--test"), client, "http://127.0.0.1:" + gateway.port() + "/v1");
        assertThat(output).contains("# fail 0").doesNotContain("# pass 0");
    }

    private static String run(List<String> command, Path directory, String aegisUrl) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile());
        if (aegisUrl != null) {
            builder.environment().put("AEGIS_URL", aegisUrl);
        }
        Shell.Finished finished = Shell.finish(builder, 600);
        System.out.println(String.join(" ", command) + ":\n" + finished.output());
        assertThat(finished.exit()).as("%s exit status; it printed:%n%s%nthe gateway logged:%n%s", command, finished.output(), gateway.log()).isZero();
        return finished.output();
    }

    private static Optional<Path> onPath(String tool) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .filter(entry -> !entry.isEmpty())
                .map(entry -> Path.of(entry, tool))
                .filter(Files::isExecutable)
                .findFirst();
    }

    static List<String> names(Path directory) throws Exception {
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.map(entry -> entry.getFileName().toString()).sorted().toList();
        }
    }

    static String version() {
        return System.getProperty("aegis.version");
    }
}
