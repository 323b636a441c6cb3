package dev.aegis.example.competitors;

import dev.aegis.kernel.Kernel;
import dev.aegis.kernel.KernelOptions;
import dev.aegis.server.AegisServer;
import dev.aegis.server.ServerConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A real gateway on a free port, booted from YAML with a plugin directory, and authenticated by the
 * real {@code api-key} plugin with one key, {@link #KEY}.
 */
final class Gateway implements AutoCloseable {

    static final String KEY = "example-key";

    private final Kernel kernel;
    private final AegisServer server;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private Gateway(Kernel kernel, AegisServer server) {
        this.kernel = kernel;
        this.server = server;
    }

    /** Boots the kernel from {@code yaml} (auth and data directory are added) and starts the server. */
    static Gateway start(Path directory, Path pluginDirectory, String yaml) throws IOException {
        Kernel kernel = Kernel.boot(options(directory, pluginDirectory, yaml));
        ServerConfig serverConfig = kernel.assembly().section(AegisServer.SECTION, ServerConfig.class).withPort(0);
        return new Gateway(kernel, AegisServer.start(kernel, serverConfig));
    }

    /** What {@link #start} boots the kernel with; for tests of configurations that must not load. */
    static KernelOptions options(Path directory, Path pluginDirectory, String yaml) throws IOException {
        Path config = directory.resolve("aegis.yaml");
        Files.writeString(config, """
                data-dir: %s
                auth:
                  - type: api-key
                    config: {keys: [{hash: "sha256:%s", principal: tester, team: testers}]}
                """.formatted(directory.resolve("data"), sha256(KEY)) + yaml);
        return KernelOptions.of(config).withSections(AegisServer.SECTIONS).withPluginDirectory(pluginDirectory);
    }

    Kernel kernel() {
        return kernel;
    }

    HttpResponse<String> chat(String json) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/v1/chat/completions"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + KEY)
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.close();
        kernel.close();
    }

    private static String sha256(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
