package dev.aegis.client.internal;

import dev.aegis.client.ModelsApi;
import dev.aegis.client.model.Model;
import java.util.List;

/** {@code GET /v1/models}. */
public final class HttpModels implements ModelsApi {

    private final Transport transport;

    public HttpModels(Transport transport) {
        this.transport = transport;
    }

    @Override
    public List<Model> list() {
        return Decoding.list(transport.json(Call.get("/v1/models")), Model.class);
    }
}
