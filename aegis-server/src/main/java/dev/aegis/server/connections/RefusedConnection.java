package dev.aegis.server.connections;

import io.helidon.common.buffers.BufferData;
import io.helidon.common.concurrency.limits.Limit;
import io.helidon.webserver.ConnectionContext;
import io.helidon.webserver.spi.ServerConnection;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** A connection over its client's limit: answered 503 at once, before reading anything, and closed. */
final class RefusedConnection implements ServerConnection {

    private static final byte[] RESPONSE;

    static {
        byte[] body = ("{\"error\":{\"message\":\"Too many connections from this address.\",\"type\":\"service_unavailable\","
                + "\"param\":null,\"code\":\"too_many_connections\"}}").getBytes(StandardCharsets.UTF_8);
        byte[] head = ("HTTP/1.1 503 Service Unavailable\r\nContent-Type: application/json\r\nContent-Length: " + body.length
                + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        RESPONSE = new byte[head.length + body.length];
        System.arraycopy(head, 0, RESPONSE, 0, head.length);
        System.arraycopy(body, 0, RESPONSE, head.length, body.length);
    }

    private final ConnectionContext context;

    RefusedConnection(ConnectionContext context) {
        this.context = context;
    }

    @Override
    public void handle(Limit limit) {
        try {
            context.dataWriter().writeNow(BufferData.create(RESPONSE));
        } catch (RuntimeException clientGone) {
            // closed either way
        }
    }

    @Override
    public Duration idleTime() {
        return Duration.ZERO;
    }

    @Override
    public void close(boolean interrupt) {
        // handle() returns at once
    }
}
