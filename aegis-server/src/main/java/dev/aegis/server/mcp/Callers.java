package dev.aegis.server.mcp;

import dev.aegis.api.auth.Principal;
import io.modelcontextprotocol.common.McpTransportContext;
import java.util.Optional;

/** Who is calling a tool: over HTTP the principal the auth filter resolved, over stdio the one the API key named. */
@FunctionalInterface
interface Callers {

    Optional<Principal> of(McpTransportContext context);

    /** The principal the HTTP transport put into the context. */
    static Callers fromTransport() {
        return context -> context.get(HelidonStreamableTransport.PRINCIPAL) instanceof Principal principal ? Optional.of(principal) : Optional.empty();
    }

    /** One principal for the whole process (stdio: one client, authenticated once at start). */
    static Callers fixed(Principal principal) {
        return context -> Optional.of(principal);
    }
}
