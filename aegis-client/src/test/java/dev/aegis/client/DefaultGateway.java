package dev.aegis.client;

import dev.aegis.kernel.Kernel;
import dev.aegis.kernel.KernelOptions;
import dev.aegis.server.AegisServer;
import dev.aegis.server.ServerConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The gateway as the README starts it, from the repository's own {@code aegis.yaml}, in this JVM: its
 * data directory moved to {@code directory}, on a free port.
 */
final class DefaultGateway implements AutoCloseable {

    static final String DEVELOPER_KEY = "aegis-dev-key-do-not-use-in-production";
    static final String REVIEWER_KEY = "aegis-reviewer-key-do-not-use-in-production";

    private final Kernel kernel;
    private final AegisServer server;

    private DefaultGateway(Kernel kernel, AegisServer server) {
        this.kernel = kernel;
        this.server = server;
    }

    static DefaultGateway start(Path directory) throws IOException {
        String yaml = Files.readString(Path.of("../aegis.yaml"));
        String moved = yaml.replaceFirst("(?m)^data-dir: .*$", "data-dir: \"" + directory.resolve("data").toString().replace("\\", "/") + "\"");
        if (moved.equals(yaml)) {
            throw new IllegalStateException("aegis.yaml has no top-level data-dir line to move");
        }
        Path config = directory.resolve("aegis.yaml");
        Files.writeString(config, moved);
        Kernel kernel = Kernel.boot(KernelOptions.of(config).withSections(AegisServer.SECTIONS));
        ServerConfig serverConfig = kernel.assembly().section(AegisServer.SECTION, ServerConfig.class).withPort(0);
        return new DefaultGateway(kernel, AegisServer.start(kernel, serverConfig));
    }

    String url() {
        return "http://127.0.0.1:" + server.port() + "/v1";
    }

    AegisClient client(String key) {
        return AegisClient.builder().baseUrl(url()).apiKey(key).build();
    }

    @Override
    public void close() {
        server.close();
        kernel.close();
    }
}
