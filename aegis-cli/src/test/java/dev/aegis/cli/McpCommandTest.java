package dev.aegis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code aegis mcp}: JSON-RPC over piped stdin/stdout, in-process. */
@Timeout(120)
class McpCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DEV_KEY = "aegis-dev-key-do-not-use-in-production";

    @TempDir
    Path dir;

    @Test
    void servesTheGatewaysToolsOverStdioUntilStdinCloses() throws Exception {
        PipedOutputStream toServer = new PipedOutputStream();
        PipedInputStream serverIn = new PipedInputStream(toServer, 1 << 16);
        PipedInputStream fromServer = new PipedInputStream(1 << 16);
        PipedOutputStream serverOut = new PipedOutputStream(fromServer);
        StringWriter err = new StringWriter();
        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> run(serverIn, serverOut, Map.of(McpCommand.API_KEY, DEV_KEY), err));
        BufferedReader replies = new BufferedReader(new InputStreamReader(fromServer, StandardCharsets.UTF_8));

        send(toServer, """
                {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"t","version":"1"}}}""");
        assertThat(JSON.readTree(replies.readLine()).at("/result/serverInfo/name").asText()).isEqualTo("aegis");
        send(toServer, """
                {"jsonrpc":"2.0","method":"notifications/initialized"}""");
        send(toServer, """
                {"jsonrpc":"2.0","id":2,"method":"tools/call","params":{"name":"chat","arguments":{"model":"mock-1","prompt":"hello stdio"}}}""");
        JsonNode answered = JSON.readTree(replies.readLine());
        assertThat(answered.path("id").asInt()).isEqualTo(2);
        assertThat(answered.at("/result/isError").asBoolean()).isFalse();
        assertThat(answered.at("/result/content/0/text").asText()).isEqualTo("Mock reply to: hello stdio");
        send(toServer, """
                {"jsonrpc":"2.0","id":3,"method":"tools/call","params":{"name":"chat","arguments":{"model":"mock-1","prompt":"-----BEGIN RSA PRIVATE KEY-----"}}}""");
        JsonNode refused = JSON.readTree(replies.readLine());
        assertThat(refused.at("/result/isError").asBoolean()).isTrue();
        assertThat(refused.at("/result/structuredContent/error/type").asText()).isEqualTo("guardrail_refusal");
        send(toServer, """
                {"jsonrpc":"2.0","id":4,"method":"tools/call","params":{"name":"list_approvals","arguments":{}}}""");
        // the dev key's principal is an approver
        assertThat(JSON.readTree(replies.readLine()).at("/result/isError").asBoolean()).isFalse();

        toServer.close();
        assertThat(exit.get(60, TimeUnit.SECONDS)).isZero();
    }

    @Test
    void refusesToStartWithoutAnAcceptedApiKeyAndPrintsNothingOnStdout() throws Exception {
        for (Map<String, String> environment : java.util.List.of(Map.<String, String>of(), Map.of(McpCommand.API_KEY, "not-a-key"))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            StringWriter err = new StringWriter();

            int exitCode = run(new java.io.ByteArrayInputStream(new byte[0]), out, environment, err);

            assertThat(exitCode).isEqualTo(1);
            assertThat(out.size()).isZero();
            assertThat(err.toString()).contains("AEGIS_API_KEY").doesNotContain("not-a-key");
        }
    }

    private int run(java.io.InputStream in, OutputStream out, Map<String, String> environment, StringWriter err) {
        McpCommand command = new McpCommand();
        command.in = in;
        command.out = out;
        command.environment = environment::get;
        CommandLine commandLine = new CommandLine(command);
        commandLine.setErr(new PrintWriter(err));
        return commandLine.execute("--config", config().toString());
    }

    private Path config() {
        try {
            Path config = dir.resolve("aegis.yaml");
            Files.writeString(config, ("""
                    data-dir: "%s"
                    """.formatted(dir.resolve("data"))) + Files.readString(ValidateCommandTest.EXAMPLE).replaceAll("(?m)^data-dir:.*$", ""));
            return config;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void send(OutputStream out, String line) throws IOException {
        out.write((line.strip() + "\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
