package dev.aegis.server.internal;

import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Liveness, readiness and the OpenAPI document: public endpoints. */
public final class Health {

    private static final byte[] OPENAPI = load();
    private volatile boolean ready;

    public void ready(boolean value) {
        ready = value;
    }

    public void live(ServerRequest request, ServerResponse response) {
        Responses.json(response, 200, "{\"status\":\"ok\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    public void ready(ServerRequest request, ServerResponse response) {
        if (ready) {
            Responses.json(response, 200, "{\"status\":\"ready\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } else {
            Responses.json(response, 503, "{\"status\":\"not_ready\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    public void openApi(ServerRequest request, ServerResponse response) {
        Responses.json(response, 200, OPENAPI);
    }

    private static byte[] load() {
        try (InputStream in = Health.class.getResourceAsStream("/dev/aegis/server/openapi.json")) {
            if (in == null) {
                throw new IllegalStateException("openapi.json is missing from the server jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
