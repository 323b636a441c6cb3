package dev.aegis.server.mcp;

import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.json.TypeRef;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpStreamableServerTransport;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import reactor.core.publisher.Mono;

/**
 * One HTTP response carrying server-sent events. Helidon ends a response when its handler returns,
 * so the handler thread is the single writer: {@link #sendMessage} only queues, and
 * {@link #drainTo} writes until the SDK closes the stream or the client goes away.
 */
final class ResponseStream implements McpStreamableServerTransport {

    private static final Object END = new Object();
    private static final byte[] HEARTBEAT = ": keep-alive\n\n".getBytes(StandardCharsets.US_ASCII);

    private final McpJsonMapper mapper;
    private final BlockingQueue<Object> queue = new LinkedBlockingQueue<>();
    private boolean closed;

    ResponseStream(McpJsonMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public Mono<Void> sendMessage(McpSchema.JSONRPCMessage message) {
        return sendMessage(message, null);
    }

    // No SSE ids: resumption (replay) is a no-op in the SDK, and an id would invite Last-Event-ID.
    @Override
    public Mono<Void> sendMessage(McpSchema.JSONRPCMessage message, String messageId) {
        return Mono.fromRunnable(() -> {
            synchronized (this) {
                if (closed) {
                    throw new IllegalStateException("the client's stream has ended");
                }
                queue.add(message);
            }
        });
    }

    @Override
    public <T> T unmarshalFrom(Object data, TypeRef<T> typeRef) {
        return mapper.convertValue(data, typeRef);
    }

    @Override
    public Mono<Void> closeGracefully() {
        return Mono.fromRunnable(this::close);
    }

    @Override
    public void close() {
        synchronized (this) {
            if (!closed) {
                closed = true;
                queue.add(END);
            }
        }
    }

    /**
     * Writes queued messages as {@code message} events until the stream is closed; when idle for
     * {@code heartbeat}, writes a comment, the only way to notice a client that went away.
     *
     * @return false when the client went away (a write failed) or the thread was interrupted
     */
    boolean drainTo(OutputStream out, Duration heartbeat) {
        try {
            while (true) {
                Object next = queue.poll(heartbeat.toMillis(), TimeUnit.MILLISECONDS);
                if (next == END) {
                    out.flush();
                    return true;
                }
                out.write(next == null ? HEARTBEAT : event((McpSchema.JSONRPCMessage) next));
                out.flush();
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            close();
            return false;
        } catch (InterruptedException e) {
            close();
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private byte[] event(McpSchema.JSONRPCMessage message) throws IOException {
        return ("event: message\ndata: " + mapper.writeValueAsString(message) + "\n\n").getBytes(StandardCharsets.UTF_8);
    }
}
