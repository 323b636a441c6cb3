package dev.aegis.embedded.internal;

import static dev.aegis.embedded.internal.Errors.translated;

import dev.aegis.client.ToolPinsApi;
import dev.aegis.client.model.ToolPin;
import dev.aegis.client.model.ToolPinStatus;
import dev.aegis.server.internal.ToolPinDesk;
import java.util.List;
import java.util.Optional;

/** Tool pins in-process, through the server's {@link ToolPinDesk}. */
public final class EmbeddedToolPins implements ToolPinsApi {

    private final ToolPinDesk desk;
    private final Caller caller;

    public EmbeddedToolPins(ToolPinDesk desk, Caller caller) {
        this.desk = desk;
        this.caller = caller;
    }

    @Override
    public List<ToolPin> list(Optional<ToolPinStatus> status) {
        return translated(() -> Listings.toolPins(desk.list(caller.principal(), status.map(ToolPinStatus::wire))));
    }

    @Override
    public ToolPin approve(String route, String source, String tool, String hash) {
        return translated(() -> Listings.toolPin(desk.approve(caller.principal(), route, source, tool, hash)));
    }
}
