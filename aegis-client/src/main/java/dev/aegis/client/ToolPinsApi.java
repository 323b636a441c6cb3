package dev.aegis.client;

import dev.aegis.client.model.ToolPin;
import dev.aegis.client.model.ToolPinStatus;
import java.util.List;
import java.util.Optional;

/** The tool definitions routes trust (approver role). */
public interface ToolPinsApi {

    /** Every pin, quarantined ones first. */
    default List<ToolPin> list() {
        return list(Optional.empty());
    }

    List<ToolPin> list(Optional<ToolPinStatus> status);

    /** Trusts the pending definition whose hash is {@code hash}, as reviewed. */
    ToolPin approve(String route, String source, String tool, String hash);
}
