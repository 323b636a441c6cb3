package dev.aegis.server.connections;

import io.helidon.common.buffers.DataReader;
import io.helidon.http.HeaderValues;
import io.helidon.webserver.CloseConnectionException;
import io.helidon.webserver.ConnectionContext;
import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http1.Http1Config;
import io.helidon.webserver.http1.Http1ConnectionSelector;
import io.helidon.webserver.spi.ServerConnection;
import io.helidon.webserver.spi.ServerConnectionSelector;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * The server's one connection kind: HTTP/1.1, and HTTP/1.0 requests — what a reverse proxy sends
 * its upstream by default (nginx's {@code proxy_http_version}) — which Helidon refuses with 505. A
 * connection whose first request line says {@code HTTP/1.0} has it read as HTTP/1.1 with
 * {@code Connection: close} (and a {@code Host} when it has none); the answer then carries a
 * {@code Content-Length} and the connection closes after it, as HTTP/1.0 expects. Everything else on
 * the connection passes through untouched. A streamed answer is chunked, which needs HTTP/1.1.
 */
public final class Http1Connections implements ServerConnectionSelector {

    private static final byte[] HTTP_1_0 = " HTTP/1.0".getBytes(StandardCharsets.US_ASCII);
    // the request line and headers are read ahead only for an HTTP/1.0 request, and only this far
    private static final int MAX_HEAD = 64 * 1024;
    /**
     * A refused body at most this long is read to its end before the connection closes: closing a socket
     * with bytes still unread resets it, and the client may lose the answer it was sent (an HTTP client
     * still writing its body reads "no bytes" instead of the 413). A longer one is not worth reading.
     */
    private static final long DRAIN_BEFORE_CLOSE = 4L * 1024 * 1024;

    private final ServerConnectionSelector http1;

    private Http1Connections(Http1Config config) {
        this.http1 = Http1ConnectionSelector.builder().config(config).build();
    }

    /** The selector to install instead of the discovered HTTP/1.1 one (with protocol discovery off). */
    public static Http1Connections selector(Http1Config config) {
        return new Http1Connections(config);
    }

    /**
     * Closes the connection after the answer to a request that asked for it ({@code Connection:
     * close}, every HTTP/1.0 request): RFC 9112 wants the server to close it, and Helidon keeps reading.
     * Also after an answer that says so itself (a 413 whose body was left unread). Install it first, so it
     * wraps every other filter.
     */
    public static Filter closeWhenAsked() {
        return (chain, request, response) -> {
            chain.proceed();
            if (request.headers().containsToken(HeaderValues.CONNECTION_CLOSE) || response.headers().contains(HeaderValues.CONNECTION_CLOSE)) {
                if (response.hasEntity()) {
                    response.commit();
                }
                long declared = request.headers().contentLength().orElse(-1);
                if (declared >= 0 && declared <= DRAIN_BEFORE_CLOSE && request.content().hasEntity() && !request.content().consumed()) {
                    try {
                        request.content().consume();
                    } catch (RuntimeException e) {
                        // the client went away or sent less than it said: the connection closes all the same
                    }
                }
                throw new CloseConnectionException("the client asked for the connection to close");
            }
        };
    }

    @Override
    public int bytesToIdentifyConnection() {
        return 0;
    }

    @Override
    public Support supports(io.helidon.common.buffers.BufferData request) {
        return Support.SUPPORTED;
    }

    @Override
    public Set<String> supportedApplicationProtocols() {
        return http1.supportedApplicationProtocols();
    }

    @Override
    public ServerConnection connection(ConnectionContext context) {
        return http1.connection(new ReadingContext(context, DataReader.create(new FirstRequest(context.dataReader())::next)));
    }

    /** Supplies the socket's bytes, the first request's head rewritten when it is HTTP/1.0. */
    static final class FirstRequest {

        private final DataReader source;
        private boolean checked;

        FirstRequest(DataReader source) {
            this.source = source;
        }

        byte[] next() {
            if (!pull()) {
                return null;
            }
            byte[] bytes = source.readBytes(source.available());
            if (checked) {
                return bytes;
            }
            ByteArrayOutputStream head = new ByteArrayOutputStream(Math.max(256, bytes.length));
            head.writeBytes(bytes);
            // read on until the request line is complete, then, for HTTP/1.0 only, until the headers are
            while (head.size() < MAX_HEAD && needsMore(head.toByteArray()) && pull()) {
                head.writeBytes(source.readBytes(source.available()));
            }
            checked = true;
            return rewrite(head.toByteArray());
        }

        private boolean pull() {
            try {
                source.ensureAvailable();
                return true;
            } catch (DataReader.InsufficientDataAvailableException end) {
                return false;
            }
        }

        private static boolean needsMore(byte[] head) {
            int lineEnd = indexOf(head, "\r\n".getBytes(StandardCharsets.US_ASCII), 0);
            return lineEnd < 0 || http10(head, lineEnd) && indexOf(head, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII), 0) < 0;
        }

        static byte[] rewrite(byte[] head) {
            int lineEnd = indexOf(head, "\r\n".getBytes(StandardCharsets.US_ASCII), 0);
            int headEnd = indexOf(head, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII), 0);
            if (lineEnd < 0 || headEnd < 0 || !http10(head, lineEnd)) {
                return head;
            }
            String headers = new String(head, lineEnd, headEnd - lineEnd, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
            StringBuilder added = new StringBuilder("\r\nConnection: close");
            if (!headers.contains("\r\nhost:")) {
                added.append("\r\nHost: localhost");
            }
            byte[] extra = added.toString().getBytes(StandardCharsets.US_ASCII);
            byte[] rewritten = new byte[head.length + extra.length];
            System.arraycopy(head, 0, rewritten, 0, lineEnd);
            rewritten[lineEnd - 1] = '1'; // HTTP/1.0 -> HTTP/1.1
            System.arraycopy(extra, 0, rewritten, lineEnd, extra.length);
            System.arraycopy(head, lineEnd, rewritten, lineEnd + extra.length, head.length - lineEnd);
            return rewritten;
        }

        private static boolean http10(byte[] head, int lineEnd) {
            return lineEnd >= HTTP_1_0.length && Arrays.equals(head, lineEnd - HTTP_1_0.length, lineEnd, HTTP_1_0, 0, HTTP_1_0.length);
        }

        private static int indexOf(byte[] bytes, byte[] wanted, int from) {
            outer:
            for (int i = from; i <= bytes.length - wanted.length; i++) {
                for (int j = 0; j < wanted.length; j++) {
                    if (bytes[i + j] != wanted[j]) {
                        continue outer;
                    }
                }
                return i;
            }
            return -1;
        }
    }
}
