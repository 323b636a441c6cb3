package dev.aegis.plugin.otlp;

import dev.aegis.api.secret.Secret;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Posts encoded batches with the JDK HTTP client (HTTP/1.1, no OkHttp): retries what the OTLP
 * specification calls retryable (429, 502, 503, 504, connection failures) a bounded number of times
 * with exponential backoff, honouring a short {@code Retry-After}, then drops the batch with a
 * warning. Runs on the gateway's export thread, never a request's.
 */
final class OtlpSender implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(OtlpSender.class.getName());
    private static final Set<Integer> RETRYABLE = Set.of(429, 502, 503, 504);
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(200);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(5);

    private final String endpoint;
    private final Map<String, Secret> headers;
    private final Duration timeout;
    private final int retries;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final HttpClient client;

    OtlpSender(OtlpConfig config) {
        this.endpoint = config.endpoint();
        this.headers = config.headers();
        this.timeout = config.timeout();
        this.retries = config.retries();
        // HTTP/1.1: the default sends an h2c upgrade on every new plain connection
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .executor(executor)
                .build();
    }

    /** @return whether the collector accepted the batch */
    boolean send(String path, byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(endpoint + path))
                .timeout(timeout)
                .header("Content-Type", "application/x-protobuf")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach((name, value) -> request.header(name, value.reveal()));
        HttpRequest built = request.build();
        for (int attempt = 0; ; attempt++) {
            Optional<Duration> retryAfter;
            String outcome;
            try {
                HttpResponse<Void> response = client.send(built, HttpResponse.BodyHandlers.discarding());
                int status = response.statusCode();
                if (status / 100 == 2) {
                    return true;
                }
                outcome = "status " + status;
                if (!RETRYABLE.contains(status)) {
                    return dropped(path, outcome);
                }
                retryAfter = response.headers().firstValue("Retry-After").flatMap(OtlpSender::seconds);
            } catch (IOException e) {
                outcome = e.getClass().getSimpleName();
                retryAfter = Optional.empty();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return dropped(path, "interrupted");
            }
            if (attempt >= retries || !pause(retryAfter.orElse(backoff(attempt)))) {
                return dropped(path, outcome + " after " + (attempt + 1) + " attempts");
            }
        }
    }

    static Duration backoff(int attempt) {
        Duration delay = FIRST_BACKOFF.multipliedBy(1L << Math.min(attempt, 10));
        return delay.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : delay;
    }

    private static Optional<Duration> seconds(String retryAfter) {
        try {
            Duration asked = Duration.ofSeconds(Long.parseLong(retryAfter.strip()));
            return Optional.of(asked.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : asked);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean pause(Duration delay) {
        try {
            Thread.sleep(delay);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    // The endpoint and the outcome only: never the headers (one may hold a token) nor the batch.
    private boolean dropped(String path, String outcome) {
        LOG.log(Level.WARNING, "OTLP export to " + endpoint + path + " dropped a batch: " + outcome);
        return false;
    }

    @Override
    public void close() {
        client.shutdownNow();
        executor.shutdownNow();
    }
}
