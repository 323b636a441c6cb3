package dev.aegis.embedded.badfixture;

import dev.aegis.kernel.Kernel;
import dev.aegis.server.AegisServer;
import dev.aegis.server.ServerConfig;
import io.helidon.webserver.WebServer;

/** Breaks the embedded rule: an embedded gateway that listens on a port after all. */
public final class EmbeddedStartingAServer {

    private EmbeddedStartingAServer() {}

    static WebServer listen() {
        return WebServer.builder().port(0).build().start();
    }

    static AegisServer serve(Kernel kernel) {
        return AegisServer.start(kernel, ServerConfig.defaults());
    }
}
