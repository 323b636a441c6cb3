package dev.aegis.dist;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aegis.api.ContractsVersion;
import dev.aegis.testkit.PluginRepository;
import java.io.Reader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/aegis plugins install} in a copy of the slim base: the example plugin, published into a file
 * repository, lands in the base's own plugins/ (no --plugins-dir), is listed, guards a route of the base's
 * gateway, and is removed again; a plugin the base already ships is refused under the name the base gives it.
 */
class BaseInstallIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String EXAMPLE = PluginRepository.GROUP + ":block-competitors:1.0.0";

    @TempDir
    Path work;

    Path base;
    Shell shell;
    PluginRepository repository;

    @BeforeEach
    void copyTheBaseAndPublishTheExample() throws Exception {
        base = BaseIT.copy(Path.of(System.getProperty("aegis.base")), work.resolve("aegis-base"));
        shell = Shell.withoutJava(work).with("JAVA_HOME", System.getProperty("java.home"));
        repository = new PluginRepository(Files.createDirectories(work.resolve("repository")));
        Path jar = PluginRepository.exampleJar(Files.createDirectories(work.resolve("example")));
        repository.publish("block-competitors", "1.0.0", jar, PluginRepository.providedContracts());
    }

    @Test
    void aPluginInstalledIntoTheBaseIsListedGuardsARouteAndIsRemoved() throws Exception {
        String installed = aegis("plugins", "install", EXAMPLE, "--repository", repository.uri().toString(),
                "--local-repository", work.resolve("local-repository").toString());
        Path unit = base.resolve("plugins/block-competitors");
        assertThat(installed).contains("installed " + EXAMPLE + " into " + unit, "guardrail block-competitors");
        assertThat(unit.resolve("block-competitors-1.0.0.jar")).isRegularFile();
        Properties manifest = new Properties();
        try (Reader reader = Files.newBufferedReader(unit.resolve("aegis-plugin.properties"), StandardCharsets.UTF_8)) {
            manifest.load(reader);
        }
        assertThat(manifest.getProperty("coordinates")).isEqualTo(EXAMPLE);
        assertThat(manifest.getProperty("contracts-version")).isEqualTo(ContractsVersion.current().text());

        String list = aegis("plugins", "list");
        assertThat(list).containsPattern("guardrail\\s+block-competitors\\s+" + Pattern.quote(unit.toString()));
        assertThat(list).containsPattern("block-competitors\\s+" + Pattern.quote(EXAMPLE + "  contracts " + ContractsVersion.current()));
        assertThat(list).contains("provides: guardrail block-competitors", "jars: 1, as installed");

        Files.writeString(base.resolve("etc/aegis.yaml"), """
                data-dir: data
                auth:
                  - type: api-key
                    config: {keys: [{hash: "sha256:%s", principal: tester, team: testers}]}
                providers:
                  local: {type: mock}
                routes:
                  support:
                    models: [mock-1]
                    ingress: [{type: block-competitors, config: {names: [Acme, Globex]}}]
                    execute: {providers: [local]}
                    durability: none
                """.formatted(PluginRepository.digest("SHA-256", ReleaseProcess.DEV_KEY.getBytes(StandardCharsets.UTF_8))));
        try (ReleaseProcess gateway = ReleaseProcess.serve(base, shell, work.resolve("gateway.log"))) {
            HttpResponse<String> refused = gateway.post("/v1/chat/completions", """
                    {"model": "mock-1", "messages": [{"role": "user", "content": "Is Globex cheaper than you?"}]}""");
            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
            JsonNode error = JSON.readTree(refused.body()).path("error");
            assertThat(error.path("type").asText()).isEqualTo("guardrail_refusal");
            assertThat(error.path("code").asText()).isEqualTo("block-competitors");

            HttpResponse<String> answered = gateway.post("/v1/chat/completions", """
                    {"model": "mock-1", "messages": [{"role": "user", "content": "What does the premium plan include?"}]}""");
            assertThat(answered.statusCode()).as(answered.body()).isEqualTo(200);
            assertThat(JSON.readTree(answered.body()).at("/choices/0/message/content").asText())
                    .isEqualTo("Mock reply to: What does the premium plan include?");
        }

        assertThat(aegis("plugins", "remove", "block-competitors")).contains("removed " + EXAMPLE + " from " + unit + ";");
        assertThat(unit).doesNotExist();
        assertThat(aegis("plugins", "list")).contains("no plugins installed with aegis plugins install").doesNotContain("block-competitors");
    }

    @Test
    void installingAPluginTheBaseShipsIsRefusedUnderTheNameTheBaseGivesIt() throws Exception {
        Path shipped = base.resolve("plugins/provider-mock");
        List<String> before = TarballIT.names(shipped);

        Shell.Finished refused = Shell.finish(shell.command(command("plugins", "install",
                "dev.aegis.plugins:aegis-provider-mock:" + TarballIT.version(), "--offline",
                "--repository", repository.uri().toString(), "--local-repository", work.resolve("local-repository").toString()))
                .directory(work.toFile()), 120);

        assertThat(refused.exit()).as(refused.output()).isEqualTo(1);
        // the output also holds the JVM's warning about the incubator module bin/aegis adds
        assertThat(refused.output()).contains("aegis plugins install refused [already-installed]: " + shipped + " already exists;");
        assertThat(TarballIT.names(shipped)).isEqualTo(before);
        assertThat(TarballIT.names(base.resolve("plugins"))).doesNotContain("mock");
    }

    /** Runs {@code bin/aegis ARGS} of the base to its end; fails unless it exits 0. */
    private String aegis(String... args) throws Exception {
        return shell.run(command(args), work, 180);
    }

    private List<String> command(String... args) {
        List<String> command = new ArrayList<>(List.of(base.resolve("bin/aegis").toString()));
        command.addAll(List.of(args));
        return command;
    }
}
