package dev.aegis.runtime.tools;

import dev.aegis.api.model.ToolDefinition;
import dev.aegis.kernel.plan.ToolPinning;
import java.time.Instant;
import java.util.Optional;

/** The rules both stores follow: what a route does on seeing a definition, and what approving does. */
final class PinRules {

    private PinRules() {}

    /** A pin for a tool never seen before. */
    static ToolPin first(String route, String source, ToolDefinition definition, String hash, ToolPinning pinning, Instant now) {
        return pinning == ToolPinning.TRUST_FIRST_USE
                ? new ToolPin(route, source, definition.name(), Optional.of(hash), Optional.empty(), "", "", now, now, Optional.empty())
                : new ToolPin(route, source, definition.name(), Optional.empty(), Optional.of(hash), definition.description(),
                        definition.parameters(), now, now, Optional.empty());
    }

    /** The pin after seeing {@code hash} again: unchanged when trusted, else the definition waits. */
    static ToolPin seen(ToolPin pin, ToolDefinition definition, String hash, Instant now) {
        if (pin.approvedHash().filter(hash::equals).isPresent()) {
            return pin;
        }
        if (pin.pendingHash().filter(hash::equals).isPresent()) {
            return pin;
        }
        return new ToolPin(pin.route(), pin.source(), pin.tool(), pin.approvedHash(), Optional.of(hash), definition.description(),
                definition.parameters(), pin.firstSeen(), now, pin.decidedBy());
    }

    static boolean admits(ToolPin pin, String hash) {
        return pin.approvedHash().filter(hash::equals).isPresent();
    }

    static ToolPin approved(ToolPin pin, String hash, String decidedBy, Instant now) {
        if (pin.pendingHash().isEmpty()) {
            throw new IllegalStateException("tool '" + pin.id() + "' has no definition waiting for approval");
        }
        if (!pin.pendingHash().get().equals(hash)) {
            throw new IllegalStateException("tool '" + pin.id() + "' now waits with definition " + pin.pendingHash().get()
                    + ", not " + hash + "; review it again");
        }
        return new ToolPin(pin.route(), pin.source(), pin.tool(), Optional.of(hash), Optional.empty(), "", "", pin.firstSeen(), now,
                Optional.of(decidedBy));
    }
}
