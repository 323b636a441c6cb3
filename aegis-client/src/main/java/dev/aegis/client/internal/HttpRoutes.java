package dev.aegis.client.internal;

import dev.aegis.client.RoutesApi;
import dev.aegis.client.model.Route;
import java.util.List;

/** {@code GET /v1/routes}. */
public final class HttpRoutes implements RoutesApi {

    private final Transport transport;

    public HttpRoutes(Transport transport) {
        this.transport = transport;
    }

    @Override
    public List<Route> list() {
        return Decoding.list(transport.json(Call.get("/v1/routes")), Route.class);
    }
}
