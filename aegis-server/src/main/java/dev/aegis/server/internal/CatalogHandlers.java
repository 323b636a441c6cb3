package dev.aegis.server.internal;

import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/** {@code GET /v1/models} (OpenAI's list, limited to what the caller may use) and {@code GET /v1/routes}. */
public final class CatalogHandlers {

    private final Gateway gateway;

    public CatalogHandlers(Gateway gateway) {
        this.gateway = gateway;
    }

    public void models(ServerRequest request, ServerResponse response) {
        Responses.json(response, 200, CatalogDocuments.models(gateway, AuthFilter.principal(request)));
    }

    public void routes(ServerRequest request, ServerResponse response) {
        Responses.json(response, 200, CatalogDocuments.routes(gateway, AuthFilter.principal(request)));
    }
}
