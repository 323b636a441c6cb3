package dev.aegis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The packaged gateway ({@code target/aegis.jar}) running as a child process of the test on a port
 * of its own, its output in a log file, and plain HTTP to it.
 */
final class GatewayProcess implements AutoCloseable {

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final Process process;
    private final int port;
    private final Path log;

    private GatewayProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts {@code aegis serve} and waits until it is ready. */
    static GatewayProcess start(Path config, int port, Path dir, String name) throws Exception {
        return start(config, port, dir, name, dir.resolve("no-plugins"), List.of());
    }

    /** Starts {@code aegis serve} with a plugin directory and JVM options, and waits until it is ready. */
    static GatewayProcess start(Path config, int port, Path dir, String name, Path plugins, List<String> jvmOptions) throws Exception {
        Path jar = Path.of("target", "aegis.jar");
        assertThat(jar).as("the packaged CLI jar (failsafe runs after package)").exists();
        Path log = dir.resolve(name + ".log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toString(), "serve", "--config", config.toString(), "--port", Integer.toString(port),
                "--plugins-dir", plugins.toString()));
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        GatewayProcess gateway = new GatewayProcess(process, port, log);
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            assertThat(process.isAlive()).as("gateway %s is running: %s", name, gateway.log()).isTrue();
            try {
                if (gateway.send("GET", "/readyz", null, null).statusCode() == 200) {
                    return gateway;
                }
            } catch (IOException notYet) {
                Thread.sleep(200);
            }
        }
        gateway.close();
        throw new AssertionError("gateway " + name + " did not become ready: " + gateway.log());
    }

    int port() {
        return port;
    }

    /** Sends the process a signal by name ({@code HUP}, {@code TERM}), as an operator's {@code kill -s} does. */
    void signal(String name) throws IOException, InterruptedException {
        Process kill = new ProcessBuilder("kill", "-s", name, Long.toString(process.pid())).inheritIO().start();
        assertThat(kill.waitFor()).as("kill -s %s %d", name, process.pid()).isZero();
    }

    /** The exit code, once the process ended within {@code timeout}; empty if it still runs. */
    java.util.Optional<Integer> exitCode(Duration timeout) throws InterruptedException {
        return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS) ? java.util.Optional.of(process.exitValue()) : java.util.Optional.empty();
    }

    HttpClient client() {
        return client;
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    HttpResponse<String> send(String method, String path, String key, String body) throws IOException, InterruptedException {
        return send(method, path, key, body, Map.of());
    }

    HttpResponse<String> send(String method, String path, String key, String body, Map<String, String> headers)
            throws IOException, InterruptedException {
        return client.send(request(method, path, key, body, headers), HttpResponse.BodyHandlers.ofString());
    }

    CompletableFuture<HttpResponse<String>> sendAsync(String method, String path, String key, String body) {
        return client.sendAsync(request(method, path, key, body, Map.of()), HttpResponse.BodyHandlers.ofString());
    }

    /** What the process printed so far. */
    String log() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    private HttpRequest request(String method, String path, String key, String body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        if (key != null) {
            request.header("Authorization", "Bearer " + key);
        }
        headers.forEach(request::header);
        return request.build();
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
