package dev.aegis.client.internal;

import dev.aegis.client.ToolPinsApi;
import dev.aegis.client.internal.json.JsonWriter;
import dev.aegis.client.model.ToolPin;
import dev.aegis.client.model.ToolPinStatus;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code GET /v1/tool-pins} and {@code POST /v1/tool-pins/approve}. */
public final class HttpToolPins implements ToolPinsApi {

    private final Transport transport;

    public HttpToolPins(Transport transport) {
        this.transport = transport;
    }

    @Override
    public List<ToolPin> list(Optional<ToolPinStatus> status) {
        Call call = Call.get("/v1/tool-pins");
        return Decoding.list(transport.json(status.isPresent() ? call.withQuery("status", status.get().wire()) : call), ToolPin.class);
    }

    @Override
    public ToolPin approve(String route, String source, String tool, String hash) {
        String body = JsonWriter.write(Map.of("route", route, "source", source, "tool", tool, "hash", hash));
        return Decoding.one(transport.json(Call.post("/v1/tool-pins/approve", body)), ToolPin.class);
    }
}
