package dev.aegis.dist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** {@code bin/aegis serve} of a release directory, run as a child process on a port of its own. */
final class ReleaseProcess implements AutoCloseable {

    static final String DEV_KEY = "aegis-dev-key-do-not-use-in-production";

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final Process process;
    private final int port;
    private final Path log;

    private ReleaseProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts the release's gateway with its own configuration and waits until /readyz answers 200. */
    static ReleaseProcess serve(Path release, Shell shell, Path log) throws Exception {
        int port = Shell.freePort();
        Process process = shell.command(List.of(release.resolve("bin/aegis").toString(), "serve", "--port", Integer.toString(port)))
                .directory(log.getParent().toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        ReleaseProcess gateway = new ReleaseProcess(process, port, log);
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            assertThat(process.isAlive()).as("the gateway is running: %s", gateway.log()).isTrue();
            try {
                if (gateway.get("/readyz").statusCode() == 200) {
                    return gateway;
                }
            } catch (IOException notYet) {
                Thread.sleep(250);
            }
        }
        gateway.close();
        throw new AssertionError("the gateway did not become ready: " + gateway.log());
    }

    int port() {
        return port;
    }

    /** The executable the gateway's process runs: bin/aegis replaces itself with java. */
    Optional<String> command() {
        return process.toHandle().info().command();
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri(path))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + DEV_KEY)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    String log() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /** Stops the process (SIGTERM, then SIGKILL after 20 s) and waits for it. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
