package dev.aegis.embedded.internal;

import static dev.aegis.embedded.internal.Errors.translated;

import dev.aegis.client.RoutesApi;
import dev.aegis.client.model.Route;
import dev.aegis.server.internal.CatalogDocuments;
import dev.aegis.server.internal.Gateway;
import java.util.List;

/** The routes the caller may use, as {@code GET /v1/routes} lists them. */
public final class EmbeddedRoutes implements RoutesApi {

    private final Gateway gateway;
    private final Caller caller;

    public EmbeddedRoutes(Gateway gateway, Caller caller) {
        this.gateway = gateway;
        this.caller = caller;
    }

    @Override
    public List<Route> list() {
        return translated(() -> Listings.routes(CatalogDocuments.routes(gateway, caller.principal())));
    }
}
