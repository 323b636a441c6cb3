import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.locks.LockSupport;

/**
 * A paced SSE upstream for bench/load/streaming.sh: POST /pN/... answers the events of DIR/sN.txt one
 * by one, each flushed on its own and PACE_MICROS after the one before, as a fast model sends tokens.
 * Run with the JDK's source launcher: java PacedSse.java PORT DIR PACE_MICROS
 */
public final class PacedSse {

    private static final Map<Path, List<byte[]>> EVENTS = new ConcurrentHashMap<>();

    public static void main(String[] args) throws IOException {
        int port = Integer.parseInt(args[0]);
        Path dir = Path.of(args[1]);
        long paceNanos = Long.parseLong(args[2]) * 1_000;
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 256);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", exchange -> serve(exchange, dir, paceNanos));
        server.start();
    }

    private static void serve(HttpExchange exchange, Path dir, long paceNanos) throws IOException {
        try (exchange) {
            exchange.getRequestBody().readAllBytes();
            String first = exchange.getRequestURI().getPath().split("/")[1];   // "p64", "p1000"
            List<byte[]> events = EVENTS.computeIfAbsent(dir.resolve("s" + first.substring(1) + ".txt"), PacedSse::events);
            exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
            exchange.sendResponseHeaders(200, 0);
            OutputStream out = exchange.getResponseBody();
            long next = System.nanoTime();
            for (byte[] event : events) {
                long wait = next - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                }
                out.write(event);
                out.flush();
                next += paceNanos;
            }
        }
    }

    private static List<byte[]> events(Path file) {
        String body;
        try {
            body = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        List<byte[]> events = new ArrayList<>();
        int from = 0;
        for (int end = body.indexOf("\n\n"); end >= 0; end = body.indexOf("\n\n", from)) {
            events.add(body.substring(from, end + 2).getBytes(StandardCharsets.UTF_8));
            from = end + 2;
        }
        return events;
    }
}
