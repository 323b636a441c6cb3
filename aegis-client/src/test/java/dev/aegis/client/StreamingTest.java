package dev.aegis.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import dev.aegis.client.error.BadRequestException;
import dev.aegis.client.error.StreamException;
import dev.aegis.client.model.Delta;
import dev.aegis.client.model.Run;
import dev.aegis.client.model.RunEvent;
import dev.aegis.client.model.RunRequest;
import dev.aegis.client.model.RunStreamEvent;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class StreamingTest {

    private static final String EVENT = "{\"time\": \"2026-01-01T00:00:00Z\", \"source\": \"kernel\", \"type\": \"run.started\", \"detail\": \"\", \"attributes\": {}}";

    private final FakeGateway gateway;
    private final CountDownLatch readTwo = new CountDownLatch(1);

    StreamingTest() throws IOException {
        gateway = new FakeGateway();
    }

    @AfterEach
    void stop() {
        readTwo.countDown();
        gateway.close();
    }

    private AegisClient client() {
        return AegisClient.builder().baseUrl(gateway.url()).apiKey("k").maxRetries(0).build();
    }

    private static void events(HttpExchange exchange, String... frames) throws IOException {
        exchange.getResponseHeaders().add("content-type", "text/event-stream");
        exchange.sendResponseHeaders(200, 0);
        write(exchange.getResponseBody(), frames);
    }

    private static void write(OutputStream out, String... frames) throws IOException {
        for (String frame : frames) {
            out.write(frame.getBytes(StandardCharsets.UTF_8));
        }
        out.flush();
    }

    @Test
    void eventsArriveAsTheGatewayWritesThemNotWhenTheStreamEnds() throws Exception {
        AtomicBoolean wroteRun = new AtomicBoolean();
        gateway.then(exchange -> {
            events(exchange, "event: run.event\ndata: " + EVENT + "\n\n", "event: delta\ndata: {\"content\": \"Hel\"}\n\n");
            readTwo.await(30, TimeUnit.SECONDS);
            wroteRun.set(true);
            write(exchange.getResponseBody(), "event: run\ndata: " + Documents.run("run_1", "completed") + "\n\n");
        });

        try (AegisClient client = client(); RunStream stream = client.runs().stream(RunRequest.of("payments", "hi"))) {
            assertThat(stream.next()).isInstanceOfSatisfying(RunEvent.class, event -> assertThat(event.type()).isEqualTo("run.started"));
            assertThat(stream.next()).isEqualTo(new Delta.Content("Hel"));
            assertThat(wroteRun).as("the final run is still unwritten while the first events are read").isFalse();
            readTwo.countDown();
            assertThat(stream.next()).isInstanceOfSatisfying(Run.class, run -> assertThat(run.id()).isEqualTo("run_1"));
            assertThat(stream.hasNext()).isFalse();
        }
        assertThat(gateway.received().getFirst().body()).contains("\"stream\":true");
    }

    @Test
    void toolCallFragmentsAndUnknownEventsAreReadAndSkippedInOrder() {
        gateway.then(exchange -> events(exchange,
                "event: delta\ndata: {\"tool_call\": {\"index\": 0, \"id\": \"call_1\", \"name\": \"lookup\", \"arguments\": \"{\\\"q\\\"\"}}\n\n",
                ": keep-alive\n\n",
                "event: run.progress\ndata: {\"percent\": 50}\n\n",
                "event: delta\r\ndata: {\"tool_call\": {\"index\": 0, \"arguments\": \": 1}\"}}\r\n\r\n",
                "event: run\ndata: " + Documents.run("run_2", "completed") + "\n\n"));

        try (AegisClient client = client(); RunStream stream = client.runs().stream(RunRequest.of("payments", "hi"))) {
            List<RunStreamEvent> events = stream.stream().toList();

            assertThat(events).hasSize(3);
            assertThat(events.get(0)).isInstanceOfSatisfying(Delta.ToolCallFragment.class, fragment -> {
                assertThat(fragment.id()).contains("call_1");
                assertThat(fragment.name()).contains("lookup");
                assertThat(fragment.arguments()).isEqualTo("{\"q\"");
            });
            assertThat(events.get(1)).isInstanceOfSatisfying(Delta.ToolCallFragment.class, fragment -> {
                assertThat(fragment.id()).isEmpty();
                assertThat(fragment.arguments()).isEqualTo(": 1}");
            });
            assertThat(events.get(2)).isInstanceOf(Run.class);
        }
    }

    @Test
    void finalRunReadsToTheEndAndAnswersTheRun() {
        gateway.then(exchange -> events(exchange, "event: delta\ndata: {\"content\": \"a\"}\n\n", "event: run\ndata: " + Documents.run("run_3", "paused") + "\n\n"));

        try (AegisClient client = client(); RunStream stream = client.runs().stream(RunRequest.of("payments", "hi"))) {
            assertThat(stream.finalRun().isPaused()).isTrue();
        }
    }

    @Test
    void anErrorEventIsThrownAsAStreamException() {
        gateway.then(exchange -> events(exchange, "event: delta\ndata: {\"content\": \"a\"}\n\n",
                "event: error\ndata: {\"error\": {\"message\": \"could not record\", \"type\": \"server_error\", \"code\": \"audit_unavailable\"}}\n\n"));

        try (AegisClient client = client(); RunStream stream = client.runs().stream(RunRequest.of("payments", "hi"))) {
            assertThat(stream.next()).isInstanceOf(Delta.class);
            assertThatThrownBy(stream::next).isInstanceOfSatisfying(StreamException.class, e -> {
                assertThat(e.code()).isEqualTo("audit_unavailable");
                assertThat(e.getMessage()).isEqualTo("could not record");
            });
            assertThat(stream.hasNext()).isFalse();
        }
    }

    @Test
    void aStreamCutOffBeforeTheFinalRunIsAnErrorNotAnEnd() {
        gateway.then(exchange -> events(exchange, "event: delta\ndata: {\"content\": \"a\"}\n\n", "event: run\ndata: {\"id\""));

        try (AegisClient client = client(); RunStream stream = client.runs().stream(RunRequest.of("payments", "hi"))) {
            stream.next();
            assertThatThrownBy(stream::hasNext).isInstanceOfSatisfying(StreamException.class, e -> assertThat(e.code()).isEqualTo("stream_incomplete"));
        }
    }

    @Test
    void anErrorStatusBeforeTheStreamIsAnOrdinaryException() {
        gateway.then(FakeGateway.json(400, FakeGateway.error("invalid_request_error", "invalid_messages", "no messages")));

        try (AegisClient client = client()) {
            assertThatThrownBy(() -> client.runs().stream(RunRequest.of("payments", "hi"))).isInstanceOfSatisfying(BadRequestException.class,
                    e -> assertThat(e.code()).isEqualTo("invalid_messages"));
        }
    }

    @Test
    void aStreamSilentForLongerThanTheTimeoutEndsWithATimeout() {
        gateway.then(exchange -> {
            events(exchange, "event: delta\ndata: {\"content\": \"a\"}\n\n");
            readTwo.await(30, TimeUnit.SECONDS);
        });

        try (AegisClient client = AegisClient.builder().baseUrl(gateway.url()).apiKey("k").timeout(java.time.Duration.ofMillis(300)).build();
             RunStream stream = client.runs().stream(RunRequest.of("payments", "hi"))) {
            assertThat(stream.next()).isInstanceOf(Delta.class);
            assertThatThrownBy(stream::next).isInstanceOfSatisfying(dev.aegis.client.error.AegisTimeoutException.class,
                    e -> assertThat(e.code()).isEqualTo("timeout"));
        }
    }

    @Test
    void closingTheStreamEarlyLetsGoOfIt() {
        gateway.then(exchange -> {
            events(exchange, "event: delta\ndata: {\"content\": \"a\"}\n\n");
            readTwo.await(30, TimeUnit.SECONDS);
        });

        try (AegisClient client = client()) {
            RunStream stream = client.runs().stream(RunRequest.of("payments", "hi"));
            assertThat(stream.next()).isInstanceOf(Delta.class);
            stream.close();
            assertThat(stream.hasNext()).isFalse();
        }
    }
}
