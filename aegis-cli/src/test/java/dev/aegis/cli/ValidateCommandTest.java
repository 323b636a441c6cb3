package dev.aegis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ValidateCommandTest {

    static final Path EXAMPLE = Path.of("..", "aegis.yaml");

    /** A copy of the repository's aegis.yaml in {@code dir} that keeps its data under {@code dir/data}, not the repository's. */
    static Path defaultConfigIn(Path dir) throws java.io.IOException {
        String yaml = java.nio.file.Files.readString(EXAMPLE);
        if (!yaml.contains("data-dir: data\n")) {
            throw new IllegalStateException(EXAMPLE + " no longer says 'data-dir: data': tests would write into the repository");
        }
        return java.nio.file.Files.writeString(dir.resolve("aegis.yaml"), yaml.replace("data-dir: data\n", "data-dir: \"" + dir.resolve("data") + "\"\n"));
    }

    @TempDir
    Path dir;

    @Test
    void theRepositorysExampleConfigIsValid() {
        CommandLineRun run = CommandLineRun.of("validate", "--config", EXAMPLE.toString());

        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith(EXAMPLE + " is valid: ").containsPattern("\\d+ routes? \\[").hasLineCount(1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.aegis.cli.ExampleConfigs#runnable")
    void everyRunnableExampleConfigIsValid(String example) throws IOException {
        Path config = ExampleConfigs.prepare(example, dir);

        CommandLineRun run = CommandLineRun.of("validate", "--config", config.toString());

        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith(config + " is valid: ");
    }

    @Test
    void everyExampleButTheBrokenOneIsRunnable() {
        assertThat(ExampleConfigs.runnable()).contains(
                "support-assistant.yaml", "payments-approval.yaml", "mcp-agent.yaml", "mcp-agent-tools.yaml", "retrieval.yaml");
        assertThat(ExampleConfigs.runnable()).doesNotContain(ExampleConfigs.BROKEN);
    }

    @Test
    void theBrokenExampleIsInvalid() {
        Path broken = ExampleConfigs.DIRECTORY.resolve(ExampleConfigs.BROKEN);

        CommandLineRun run = CommandLineRun.of("validate", "--config", broken.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains(broken + " is invalid", "providers.remote.type: unknown model-provider 'no-such-provider'");
    }

    @Test
    void aVectorStoreApiNamingAMissingEmbedderIsInvalid() throws IOException {
        Path config = dir.resolve("vectors.yaml");
        Files.writeString(config, """
                embeddings: {hashed: {type: mock}}
                vector-store-api: {embedder: minilm}
                """);

        CommandLineRun run = CommandLineRun.of("validate", "--config", config.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("vector-store-api.embedder", "minilm", "hashed");
    }

    @Test
    void aBrokenConfigPrintsEveryErrorWithItsPathAndExitsNonZero() throws IOException {
        Path broken = dir.resolve("broken.yaml");
        Files.writeString(broken, """
                providers:
                  local: {type: mock, config: {chunk-size: 0, colour: blue}}
                  remote: {type: no-such-provider}
                nodes:
                  guard: {type: regex-guard, config: {rules: [{name: r, pattern: x}], window: 0}}
                routes:
                  support:
                    ingress: [guard, not-a-plugin]
                    execute: {providers: [local, ghost]}
                  keyed:
                    ingress: [{type: regex-guard, config: {rules: [{name: r, pattern: x}]}}]
                    execute: {providers: [local]}
                secrets-test:
                  key: {secret: "env:AEGIS_TEST_SURELY_UNSET_VARIABLE"}
                """);

        CommandLineRun run = CommandLineRun.of("validate", "--config", broken.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains(
                broken + " is invalid",
                "  providers.local.config.colour: unknown key",
                "  providers.remote.type: unknown model-provider 'no-such-provider'",
                "  nodes.guard.config.window: must be greater than 0",
                "  routes.support.ingress[1]: unknown guardrail or pipeline node 'not-a-plugin'",
                "  routes.support.execute.providers[1]: unknown provider 'ghost'",
                "  secrets-test: unknown section");
    }

    @Test
    void anUnresolvedSecretIsReportedAtItsPath() throws IOException {
        Path config = dir.resolve("secret.yaml");
        Files.writeString(config, """
                providers: {local: {type: mock}}
                nodes:
                  guard: {type: regex-guard, config: {rules: [{name: r, pattern: x}]}}
                routes: {support: {ingress: [guard], execute: {providers: [local]}}}
                auth: [{type: no-such-authenticator}]
                """);

        CommandLineRun run = CommandLineRun.of("validate", "--config", config.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("auth[0].type: unknown authenticator 'no-such-authenticator'");
    }

    @Test
    void aMissingFileIsAClearError() {
        CommandLineRun run = CommandLineRun.of("validate", "--config", dir.resolve("nope.yaml").toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("cannot read");
    }

    @Test
    void aRetrieveStepWithoutAVectorStoreFailsAtLoadSayingWhatIsMissing() throws IOException {
        Path config = dir.resolve("rag.yaml");
        Files.writeString(config, """
                providers:
                  local: {type: mock}
                embeddings:
                  hashed: {type: mock}
                routes:
                  support:
                    ingress: [{type: retrieve, config: {collections: [handbook], rewrite: true}}]
                    execute: {providers: [local]}
                """);

        CommandLineRun run = CommandLineRun.of("validate", "--config", config.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("routes.support.ingress[0].config.rewrite: query rewriting is not implemented");
        Files.writeString(config, Files.readString(config).replace(", rewrite: true", ""));
        CommandLineRun fixed = CommandLineRun.of("validate", "--config", config.toString());
        assertThat(fixed.exitCode()).isEqualTo(1);
        assertThat(fixed.err()).contains("routes.support.ingress[0]").contains("retrieve needs a configured vector store", "vector-stores:");
    }
}
