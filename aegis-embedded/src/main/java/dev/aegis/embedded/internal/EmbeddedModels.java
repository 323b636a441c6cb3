package dev.aegis.embedded.internal;

import static dev.aegis.embedded.internal.Errors.translated;

import dev.aegis.client.ModelsApi;
import dev.aegis.client.model.Model;
import dev.aegis.server.internal.CatalogDocuments;
import dev.aegis.server.internal.Gateway;
import java.util.List;

/** The model names the caller may use, as {@code GET /v1/models} lists them. */
public final class EmbeddedModels implements ModelsApi {

    private final Gateway gateway;
    private final Caller caller;

    public EmbeddedModels(Gateway gateway, Caller caller) {
        this.gateway = gateway;
        this.caller = caller;
    }

    @Override
    public List<Model> list() {
        return translated(() -> Listings.models(CatalogDocuments.models(gateway, caller.principal())));
    }
}
