package dev.aegis.plugin.otlp;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.aegis.api.secret.Secret;
import dev.aegis.api.telemetry.Signal;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The sender against a real HTTP collector that answers what each test scripts. */
class OtlpSenderTest {

    private final Queue<Integer> statuses = new ConcurrentLinkedQueue<>();
    private final List<String> received = new CopyOnWriteArrayList<>();
    private final HttpServer collector = collector();

    @AfterEach
    void stop() {
        collector.stop(0);
    }

    @Test
    void postsProtobufWithTheConfiguredHeaders() {
        OtlpSender sender = sender(2);

        assertThat(sender.send(OtlpExporter.TRACES, new byte[] {1, 2, 3})).isTrue();

        assertThat(received).containsExactly("POST /v1/traces application/x-protobuf Bearer collector-token 3");
    }

    @Test
    void retriesWhatTheCollectorCallsRetryableThenSucceeds() {
        statuses.addAll(List.of(503, 429));

        assertThat(sender(2).send(OtlpExporter.METRICS, new byte[] {1})).isTrue();

        assertThat(received).hasSize(3);
    }

    @Test
    void givesUpAfterTheConfiguredRetries() {
        statuses.addAll(List.of(503, 503, 503, 503));

        assertThat(sender(1).send(OtlpExporter.TRACES, new byte[] {1})).isFalse();

        assertThat(received).hasSize(2);
    }

    @Test
    void aRefusedBatchIsNotRetried() {
        statuses.add(400);

        assertThat(sender(3).send(OtlpExporter.TRACES, new byte[] {1})).isFalse();

        assertThat(received).hasSize(1);
    }

    @Test
    void anUnreachableCollectorIsReportedNotThrown() {
        OtlpSender sender = new OtlpSender(new OtlpConfig("http://127.0.0.1:1", Map.of(), Duration.ofSeconds(1), 0, List.of(Signal.TRACES), null));

        assertThat(sender.send(OtlpExporter.TRACES, new byte[] {1})).isFalse();
    }

    @Test
    void theBackoffDoublesAndIsCapped() {
        assertThat(OtlpSender.backoff(0)).isEqualTo(Duration.ofMillis(200));
        assertThat(OtlpSender.backoff(1)).isEqualTo(Duration.ofMillis(400));
        assertThat(OtlpSender.backoff(9)).isEqualTo(Duration.ofSeconds(5));
    }

    private OtlpSender sender(int retries) {
        return new OtlpSender(new OtlpConfig("http://127.0.0.1:" + collector.getAddress().getPort() + "/",
                Map.of("Authorization", Secret.of("Bearer collector-token")), Duration.ofSeconds(5), retries, null, null));
    }

    private HttpServer collector() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 16);
            server.createContext("/", exchange -> {
                byte[] body = exchange.getRequestBody().readAllBytes();
                received.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath() + " "
                        + exchange.getRequestHeaders().getFirst("Content-Type") + " " + exchange.getRequestHeaders().getFirst("Authorization")
                        + " " + body.length);
                Integer status = statuses.poll();
                exchange.sendResponseHeaders(status == null ? 200 : status, -1);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
