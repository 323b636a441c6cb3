package dev.aegis.dist;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The slim base (lib/ and the base plugins, no runtime/) copied to an empty directory and run on the
 * JDK of JAVA_HOME: it serves the mock model alone, and an extra is added by dropping its directory in.
 */
class BaseIT {

    private static final List<String> BASE_PLUGINS = List.of("auth-api-key", "guard-regex", "provider-mock", "provider-openai", "secrets-basic");

    @TempDir
    Path work;

    Path base;
    Shell shell;

    @BeforeEach
    void copyTheBase() throws Exception {
        base = copy(Path.of(System.getProperty("aegis.base")), work.resolve("aegis-base"));
        shell = Shell.withoutJava(work).with("JAVA_HOME", System.getProperty("java.home"));
    }

    @Test
    void theBaseHoldsOnlyTheBasePluginsAndNoRuntime() throws Exception {
        assertThat(TarballIT.names(base.resolve("plugins"))).containsExactlyElementsOf(BASE_PLUGINS);
        assertThat(base.resolve("runtime")).doesNotExist();
    }

    @Test
    void theBaseServesAChatCompletionOnTheMockModelAlone() throws Exception {
        try (ReleaseProcess gateway = ReleaseProcess.serve(base, shell, work.resolve("gateway.log"))) {
            var response = gateway.post("/v1/chat/completions", "{\"model\": \"mock-1\", \"messages\": [{\"role\": \"user\", \"content\": \"hi\"}]}");
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            assertThat(response.body()).contains("Mock reply to: hi");
        }
    }

    @Test
    void theBaseListsNoPackAndEveryPluginComesFromItsOwnDirectory() throws Exception {
        String plugins = shell.run(List.of(base.resolve("bin/aegis").toString(), "plugins"), work, 120);
        assertThat(plugins).contains("mock", "openai", "api-key", "regex-guard")
                .doesNotContain("pack-", "budgets", "pii", "llm-guard", "lucene", "langchain4j")
                .doesNotContain("classpath");
        for (String plugin : BASE_PLUGINS) {
            assertThat(plugins).contains(base.resolve("plugins").resolve(plugin).toString());
        }
    }

    @Test
    void anExtraIsAddedByDroppingItsDirectoryIntoPlugins() throws Exception {
        Path extra = Path.of(System.getProperty("aegis.base")).resolveSibling("aegis-" + TarballIT.version()).resolve("plugins/pack-budgets");
        copy(extra, base.resolve("plugins/pack-budgets"));
        assertThat(shell.run(List.of(base.resolve("bin/aegis").toString(), "plugins"), work, 120))
                .contains("budgets", base.resolve("plugins/pack-budgets").toString());
    }

    @Test
    void withNoJavaAnywhereTheLauncherSaysWhatToInstall() throws Exception {
        Shell.Finished finished = Shell.finish(Shell.withoutJava(work.resolve("nojava")).command(List.of(base.resolve("bin/aegis").toString(), "plugins")), 60);
        assertThat(finished.exit()).isEqualTo(1);
        assertThat(finished.output()).startsWith("aegis: no Java found").contains("JDK 21 or newer");
    }

    @Test
    void aJavaOlderThan21OnThePathIsRefusedByName() throws Exception {
        Path bin = Files.createDirectories(work.resolve("old-java"));
        Path oldJava = Files.writeString(bin.resolve("java"), "#!/bin/sh\necho 'openjdk version \"17.0.9\" 2023-10-17' >&2\n");
        oldJava.toFile().setExecutable(true);
        Shell shell = Shell.withoutJava(work.resolve("with-old-java"));
        Shell.Finished finished = Shell.finish(shell.with("PATH", shell.path() + ":" + bin).command(List.of(base.resolve("bin/aegis").toString(), "plugins")), 60);
        assertThat(finished.exit()).isEqualTo(1);
        assertThat(finished.output()).isEqualTo("aegis: " + oldJava + " is Java 17.0.9; Aegis needs Java 21 or newer (set JAVA_HOME to a newer JDK)\n");
    }

    /** Copies a directory tree, keeping attributes (bin/aegis stays executable). */
    static Path copy(Path from, Path to) throws Exception {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
        return to;
    }
}
