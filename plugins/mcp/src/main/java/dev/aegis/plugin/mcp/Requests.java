package dev.aegis.plugin.mcp;

import dev.aegis.api.tool.ToolException;
import dev.aegis.api.tool.ToolException.Failure;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpTransportException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import reactor.core.publisher.Mono;

/**
 * Waits for one request to a server, with a timeout, and turns what went wrong into a
 * {@link ToolException} that names the server. A server's own JSON-RPC error is passed on as the
 * {@link McpError} for the caller to judge.
 */
final class Requests {

    private static final int MAX_MESSAGE = 500;

    private final String server;

    Requests(String server) {
        this.server = server;
    }

    <T> T await(Session session, Mono<T> request, Duration timeout, String doing) {
        CompletableFuture<T> answer = request.toFuture();
        session.track(answer);
        try {
            return answer.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            answer.cancel(true);
            throw new ToolException(Failure.TIMEOUT, "MCP server '" + server + "' did not answer within " + seconds(timeout) + " while " + doing);
        } catch (InterruptedException e) {
            answer.cancel(true);
            Thread.currentThread().interrupt();
            throw new ToolException(Failure.FAILED, "interrupted while MCP server '" + server + "' was " + doing);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof McpError error) {
                throw error;
            }
            if (cause instanceof Session.ServerGoneException) {
                throw new ToolException(Failure.UNAVAILABLE, "MCP server '" + server + "' went away while " + doing + ": " + cause.getMessage());
            }
            if (lostConnection(cause)) {
                session.markGone(describe(cause));
                throw new ToolException(Failure.UNAVAILABLE, "MCP server '" + server + "' could not be reached while " + doing + ": " + describe(cause));
            }
            throw new ToolException(Failure.FAILED, "MCP server '" + server + "' failed while " + doing + ": " + describe(cause));
        } finally {
            session.untrack(answer);
        }
    }

    private static boolean lostConnection(Throwable failure) {
        for (Throwable at = failure; at != null; at = at.getCause()) {
            if (at instanceof IOException || at instanceof McpTransportException || at instanceof ChildProcessTransport.ChildProcessException) {
                return true;
            }
        }
        return false;
    }

    /** A failure in a few words, from its root cause; never a header or an argument. */
    static String describe(Throwable failure) {
        Throwable root = failure;
        for (Throwable at = failure; at != null; at = at.getCause() == at ? null : at.getCause()) {
            if (at instanceof ConnectException || at instanceof HttpConnectTimeoutException) {
                return "connection refused or timed out";
            }
            if (at instanceof ChildProcessTransport.ChildProcessException) {
                return shorten(at.getMessage());
            }
            root = at;
        }
        String message = root.getMessage() == null || root.getMessage().isBlank() ? root.getClass().getSimpleName() : root.getMessage();
        return shorten(message);
    }

    /** A server's JSON-RPC error message. */
    static String message(McpError error) {
        return shorten(error.getJsonRpcError() != null && error.getJsonRpcError().message() != null ? error.getJsonRpcError().message() : String.valueOf(error.getMessage()));
    }

    private static String shorten(String message) {
        return message.length() > MAX_MESSAGE ? message.substring(0, MAX_MESSAGE) + "…" : message;
    }

    private static String seconds(Duration timeout) {
        return timeout.toMillis() % 1000 == 0 ? timeout.toSeconds() + "s" : timeout.toMillis() + "ms";
    }
}
