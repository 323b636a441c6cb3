package dev.aegis.server.mcp;

import dev.aegis.api.auth.Principal;
import io.modelcontextprotocol.spec.McpStreamableServerSession;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Open MCP sessions under ids of our own: 256 random bits from {@link SecureRandom} (the SDK's own
 * session id never leaves the server). A session is bound to the principal that initialized it and
 * is invisible to everyone else: an id is a handle, never a credential.
 */
final class McpSessions {

    private static final class Binding {
        final McpStreamableServerSession session;
        final String principalId;
        final String team;
        volatile Instant lastSeen;
        /** Orders uses exactly, where two instants may tie. */
        volatile long lastUse;

        Binding(McpStreamableServerSession session, Principal principal, Instant now) {
            this.session = session;
            this.principalId = principal.id();
            this.team = principal.team();
            this.lastSeen = now;
        }

        boolean belongsTo(Principal principal) {
            return principalId.equals(principal.id()) && team.equals(principal.team());
        }
    }

    private static final Base64.Encoder ID_ENCODING = Base64.getUrlEncoder().withoutPadding();
    /** Open sessions one principal may hold; opening another closes its least recently used one. */
    static final int PER_PRINCIPAL = 32;

    private final ConcurrentHashMap<String, Binding> sessions = new ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicLong uses = new java.util.concurrent.atomic.AtomicLong();
    private final SecureRandom random = new SecureRandom();
    private final Clock clock;
    private final Duration idleTimeout;

    McpSessions(Clock clock, Duration idleTimeout) {
        this.clock = clock;
        this.idleTimeout = idleTimeout;
    }

    /** Registers a new session for this principal and answers its id. */
    String open(McpStreamableServerSession session, Principal principal, Consumer<McpStreamableServerSession> onEvict) {
        evictIdle(onEvict);
        evictBeyondLimit(principal, onEvict);
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String id = ID_ENCODING.encodeToString(bytes);
        Binding binding = new Binding(session, principal, clock.instant());
        binding.lastUse = uses.incrementAndGet();
        sessions.put(id, binding);
        return id;
    }

    /** The session with this id if it belongs to this principal; anyone else's is as good as unknown. */
    Optional<McpStreamableServerSession> find(String id, Principal principal) {
        Binding binding = sessions.get(id);
        if (binding == null || !binding.belongsTo(principal)) {
            return Optional.empty();
        }
        binding.lastSeen = clock.instant();
        binding.lastUse = uses.incrementAndGet();
        return Optional.of(binding.session);
    }

    /** The session with this id under the SDK's own id, for notifications the SDK addresses. */
    Optional<McpStreamableServerSession> bySdkId(String sdkId) {
        return sessions.values().stream().map(binding -> binding.session).filter(session -> session.getId().equals(sdkId)).findFirst();
    }

    void remove(String id) {
        sessions.remove(id);
    }

    List<McpStreamableServerSession> all() {
        return sessions.values().stream().map(binding -> binding.session).toList();
    }

    void clear() {
        sessions.clear();
    }

    // A client that initializes in a loop must not hold memory without bound: its oldest session goes.
    private void evictBeyondLimit(Principal principal, Consumer<McpStreamableServerSession> onEvict) {
        List<Map.Entry<String, Binding>> own = sessions.entrySet().stream()
                .filter(entry -> entry.getValue().belongsTo(principal))
                .sorted(java.util.Comparator.comparingLong((Map.Entry<String, Binding> entry) -> entry.getValue().lastUse))
                .toList();
        for (int i = 0; i <= own.size() - PER_PRINCIPAL; i++) {
            Map.Entry<String, Binding> oldest = own.get(i);
            if (sessions.remove(oldest.getKey(), oldest.getValue())) {
                onEvict.accept(oldest.getValue().session);
            }
        }
    }

    // Clients that never send DELETE would otherwise keep their sessions forever.
    private void evictIdle(Consumer<McpStreamableServerSession> onEvict) {
        Instant cutoff = clock.instant().minus(idleTimeout);
        sessions.forEach((id, binding) -> {
            if (binding.lastSeen.isBefore(cutoff) && !binding.session.hasListeningStream() && sessions.remove(id, binding)) {
                onEvict.accept(binding.session);
            }
        });
    }
}
