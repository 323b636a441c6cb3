package dev.aegis.server.mcp;

import dev.aegis.api.auth.Principal;
import dev.aegis.server.mcp.SessionRecords.SessionRecord;
import io.modelcontextprotocol.spec.McpStreamableServerSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * Open MCP sessions under ids of our own: 256 random bits from {@link SecureRandom} (the SDK's own
 * session id never leaves the server). A session is bound to the principal that initialized it and
 * is invisible to everyone else: an id is a handle, never a credential.
 *
 * <p>Sessions are recorded in the state store ({@link SessionRecords}), so a gateway sharing it
 * serves a session another one opened: it takes the session over from its record, rebuilding the
 * SDK's session from the client's {@code initialize} parameters (the only state a session of this
 * server holds). The record decides: a session ended or evicted through any gateway is gone on all
 * at their next request for it. This process keeps the SDK sessions it serves, closing those idle here.
 */
final class McpSessions {

    private static final class Binding {
        final McpStreamableServerSession session;
        volatile long lastUsed;

        Binding(McpStreamableServerSession session, long lastUsed) {
            this.session = session;
            this.lastUsed = lastUsed;
        }
    }

    private static final Base64.Encoder ID_ENCODING = Base64.getUrlEncoder().withoutPadding();
    /** Open sessions one principal may hold, on all gateways; opening another closes its least recently used one. */
    static final int PER_PRINCIPAL = 32;
    /** A session's record is marked used at most this often: recency is kept to this precision. */
    private static final long TOUCH_MICROS = Duration.ofSeconds(1).toNanos() / 1000;

    private final ConcurrentHashMap<String, Binding> local = new ConcurrentHashMap<>();
    private final AtomicLong lastStamp = new AtomicLong();
    private final SecureRandom random = new SecureRandom();
    private final SessionRecords records;
    private final Clock clock;
    private final long idleMicros;

    McpSessions(SessionRecords records, Clock clock, Duration idleTimeout) {
        this.records = records;
        this.clock = clock;
        this.idleMicros = idleTimeout.toNanos() / 1000;
    }

    /** Records a new session for this principal and answers its id. */
    String open(McpStreamableServerSession session, Principal principal, String initialize) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String id = ID_ENCODING.encodeToString(bytes);
        String key = key(id);
        long now = stamp();
        records.insert(key, new SessionRecord(principal.id(), principal.team(), initialize, now));
        local.put(key, new Binding(session, now));
        // A client that initializes in a loop must not hold the store without bound: its oldest session goes.
        records.keepNewest(principal.id(), principal.team(), PER_PRINCIPAL).forEach(this::closeHere);
        return id;
    }

    /**
     * The session with this id if it belongs to this principal and is still open, from this process
     * or taken over from its record; anyone else's is as good as unknown.
     *
     * @param takeOver builds the SDK's session from the client's {@code initialize} parameters
     */
    Optional<McpStreamableServerSession> find(String id, Principal principal, Function<String, McpStreamableServerSession> takeOver) {
        String key = key(id);
        Optional<SessionRecord> record = records.find(key);
        if (record.isEmpty()) {
            closeHere(key);
            return Optional.empty();
        }
        if (!record.get().principal().equals(principal.id()) || !record.get().team().equals(principal.team())) {
            return Optional.empty();
        }
        long now = stamp();
        Binding binding = local.get(key);
        boolean listening = binding != null && binding.session.hasListeningStream();
        if (now - record.get().lastUsed() > idleMicros && !listening) {
            records.delete(key);
            closeHere(key);
            return Optional.empty();
        }
        if (now - record.get().lastUsed() > TOUCH_MICROS) {
            records.touch(key, now);
        }
        if (binding == null) {
            Binding taken = new Binding(takeOver.apply(record.get().initialize()), now);
            binding = local.putIfAbsent(key, taken);
            if (binding == null) {
                binding = taken;
            } else {
                close(taken.session);
            }
        }
        binding.lastUsed = now;
        return Optional.of(binding.session);
    }

    /** The session with this id under the SDK's own id, for notifications the SDK addresses. */
    Optional<McpStreamableServerSession> bySdkId(String sdkId) {
        return local.values().stream().map(binding -> binding.session).filter(session -> session.getId().equals(sdkId)).findFirst();
    }

    /** Ends the session on every gateway. */
    void remove(String id) {
        String key = key(id);
        records.delete(key);
        local.remove(key);
    }

    List<McpStreamableServerSession> all() {
        return local.values().stream().map(binding -> binding.session).toList();
    }

    /** Forgets the sessions of this process; their records stay, for the other gateways to serve. */
    void clear() {
        local.clear();
    }

    /**
     * Run now and then: keeps the records of sessions listening here alive, ends every session no
     * gateway has used for the idle timeout (clients that never send DELETE), and closes here those
     * this process has not served for as long (another gateway may still serve them).
     */
    void sweep() {
        long now = stamp();
        local.forEach((key, binding) -> {
            if (binding.session.hasListeningStream()) {
                records.touch(key, now);
            } else if (now - binding.lastUsed > idleMicros && local.remove(key, binding)) {
                close(binding.session);
            }
        });
        records.deleteUnusedSince(now - idleMicros).forEach(this::closeHere);
    }

    private void closeHere(String key) {
        Binding binding = local.remove(key);
        if (binding != null) {
            close(binding.session);
        }
    }

    private static void close(McpStreamableServerSession session) {
        session.closeGracefully().onErrorComplete().subscribe();
    }

    /** Microseconds since the epoch, strictly increasing in this process: orders uses exactly where two instants tie. */
    private long stamp() {
        long now = ChronoUnit.MICROS.between(java.time.Instant.EPOCH, clock.instant());
        return lastStamp.updateAndGet(previous -> Math.max(previous + 1, now));
    }

    /** What the store knows a session by: a reader of it learns no id a client could present. */
    private static String key(String id) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
