package dev.aegis.runtime.tools;

import dev.aegis.api.model.ToolDefinition;
import dev.aegis.kernel.plan.ToolPinning;
import dev.aegis.runtime.store.Database;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The tool definitions each route trusts, pinned by hash (a defence against tool poisoning: a
 * server that changes what a tool says it does gets the tool quarantined until someone approves the
 * new definition). Kept in the state store, so every gateway sharing the store agrees.
 */
public interface ToolPins {

    /** Whether a route may offer a tool with this definition now; records what it saw. */
    boolean admits(String route, String source, ToolDefinition definition, ToolPinning pinning);

    /** Every pin, quarantined ones first. */
    List<ToolPin> list();

    Optional<ToolPin> find(String route, String source, String tool);

    /**
     * Trusts the definition now pending, if its hash is still {@code hash} (so an approver never
     * approves a definition they did not see).
     *
     * @throws IllegalStateException when nothing is pending or the pending definition has another hash
     */
    ToolPin approve(String route, String source, String tool, String hash, String decidedBy);

    static ToolPins inMemory(Clock clock) {
        return new MemoryToolPins(clock);
    }

    /** In the given store; makes its table if missing. */
    static ToolPins in(Database database, Clock clock) {
        return JdbcToolPins.open(database, clock);
    }
}
