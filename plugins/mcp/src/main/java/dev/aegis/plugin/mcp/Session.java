package dev.aegis.plugin.mcp;

import io.modelcontextprotocol.client.McpAsyncClient;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One live connection to a server: the SDK client, and the requests waiting on it, which fail as
 * soon as the server is gone rather than when their timeout runs out.
 */
final class Session {

    private final McpAsyncClient client;
    private final ChildProcessTransport child;
    private final long startedAt;
    private final Set<CompletableFuture<?>> waiting = ConcurrentHashMap.newKeySet();
    private final CompletableFuture<String> gone = new CompletableFuture<>();

    Session(McpAsyncClient client, ChildProcessTransport child, long startedAt) {
        this.client = client;
        this.child = child;
        this.startedAt = startedAt;
    }

    McpAsyncClient client() {
        return client;
    }

    long startedAt() {
        return startedAt;
    }

    boolean isGone() {
        return gone.isDone();
    }

    /** Why the session ended; only once {@link #isGone()}. */
    String goneReason() {
        return gone.getNow("it is running");
    }

    /** Ends the session: every waiting request fails with {@link ServerGoneException}. */
    void markGone(String reason) {
        if (gone.complete(reason)) {
            waiting.forEach(request -> request.completeExceptionally(new ServerGoneException(reason)));
        }
    }

    void track(CompletableFuture<?> request) {
        waiting.add(request);
        if (gone.isDone()) {
            request.completeExceptionally(new ServerGoneException(goneReason()));
        }
    }

    void untrack(CompletableFuture<?> request) {
        waiting.remove(request);
    }

    void close() {
        markGone("it was closed");
        client.close();
    }

    /** For a JVM shutting down without closing the source. */
    void kill() {
        if (child != null) {
            child.kill();
        }
    }

    static final class ServerGoneException extends RuntimeException {
        ServerGoneException(String reason) {
            super(reason, null, false, false);
        }
    }
}
