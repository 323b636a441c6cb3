package dev.aegis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aegis.testkit.PluginRepository;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged {@code aegis} jar installs the example plugin from a file repository into an empty
 * plugin directory, then serves a route guarded by it: the whole path a user takes, in processes of
 * their own. The server's class-load log shows it never loaded Maven Resolver.
 */
class PluginsInstallIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String KEY = "install-it-key";

    @TempDir
    Path dir;

    @Test
    void anInstalledPluginGuardsARouteOfTheGatewayThatLoadsItsDirectory() throws Exception {
        PluginRepository repository = new PluginRepository(Files.createDirectories(dir.resolve("repository")));
        Path jar = PluginRepository.exampleJar(Files.createDirectories(dir.resolve("example")));
        repository.publish("block-competitors", "1.0.0", jar, PluginRepository.providedContracts());
        Path plugins = dir.resolve("plugins");

        Path installLog = dir.resolve("install-classes.log");
        Process install = aegis(List.of("-Xlog:class+load=info:file=" + installLog), "plugins", "install",
                PluginRepository.GROUP + ":block-competitors:1.0.0", "--repository", repository.uri().toString(),
                "--local-repository", dir.resolve("local-repository").toString(), "--plugins-dir", plugins.toString());
        String installed = new String(install.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(install.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(install.exitValue()).as(installed).isZero();
        assertThat(installed).contains("guardrail block-competitors");
        assertThat(Files.readString(installLog)).as("the check below can see resolver classes").contains("org.eclipse.aether.");

        Path serverLog = dir.resolve("server-classes.log");
        try (GatewayProcess gateway = GatewayProcess.start(config(), freePort(), dir, "gateway", plugins,
                List.of("-Xlog:class+load=info:file=" + serverLog))) {
            HttpResponse<String> refused = gateway.send("POST", "/v1/chat/completions", KEY, """
                    {"model": "mock-1", "messages": [{"role": "user", "content": "Is Globex cheaper than you?"}]}""");
            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
            JsonNode error = JSON.readTree(refused.body()).path("error");
            assertThat(error.path("type").asText()).isEqualTo("guardrail_refusal");
            assertThat(error.path("code").asText()).isEqualTo("block-competitors");

            HttpResponse<String> answered = gateway.send("POST", "/v1/chat/completions", KEY, """
                    {"model": "mock-1", "messages": [{"role": "user", "content": "What does the premium plan include?"}]}""");
            assertThat(answered.statusCode()).as(answered.body()).isEqualTo(200);
            assertThat(JSON.readTree(answered.body()).at("/choices/0/message/content").asText())
                    .isEqualTo("Mock reply to: What does the premium plan include?");
        }
        assertThat(Files.readString(serverLog)).contains("com.example.aegis.competitors.BlockCompetitorsFactory")
                .doesNotContain("org.eclipse.aether.").doesNotContain("org.apache.maven.");
    }

    private Path config() throws IOException {
        return Files.writeString(dir.resolve("aegis.yaml"), """
                data-dir: %s
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
                """.formatted(dir.resolve("data"), PluginRepository.digest("SHA-256", KEY.getBytes(StandardCharsets.UTF_8))));
    }

    private static Process aegis(List<String> jvmOptions, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", Path.of("target", "aegis.jar").toString()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
