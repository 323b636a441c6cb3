package dev.aegis.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A bounded load of chat completions: a fixed number of requests, each with a user message of its
 * own, sent by a fixed number of concurrent clients until all are sent or the load is stopped. Every
 * request ends as an answer (status, run id, tokens charged) or, when the gateway died under it, as
 * none.
 */
final class ChatLoad {

    /**
     * What one request got.
     *
     * @param status the HTTP status, or empty when no answer came (the connection was cut)
     * @param runId the {@code x-aegis-run-id} header, or empty
     * @param tokens prompt plus completion tokens of a 2xx answer, else 0
     */
    record Answer(Optional<Integer> status, Optional<String> runId, long tokens, String body) {

        boolean succeeded() {
            return status.filter(code -> code / 100 == 2).isPresent();
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final ConcurrentLinkedQueue<Answer> answers = new ConcurrentLinkedQueue<>();
    private final AtomicInteger next = new AtomicInteger();
    private final ExecutorService clients;
    private final int port;
    private final String key;
    private final String label;
    private final int requests;
    private volatile boolean stopped;

    private ChatLoad(int port, String key, String label, int requests, int concurrency) {
        this.port = port;
        this.key = key;
        this.label = label;
        this.requests = requests;
        this.clients = Executors.newFixedThreadPool(concurrency);
        for (int i = 0; i < concurrency; i++) {
            clients.execute(this::sendUntilDone);
        }
        clients.shutdown();
    }

    /** Starts {@code concurrency} clients sending {@code requests} requests in all; {@code label} goes into every message. */
    static ChatLoad start(int port, String key, String label, int requests, int concurrency) {
        return new ChatLoad(port, key, label, requests, concurrency);
    }

    /** Requests answered (with any status) so far. */
    int answered() {
        return (int) answers.stream().filter(answer -> answer.status().isPresent()).count();
    }

    /** No client starts another request; those in flight finish. */
    void stop() {
        stopped = true;
    }

    /** Waits until every client has finished, at most {@code deadline}, and returns what each request got. */
    List<Answer> await(Duration deadline) throws InterruptedException {
        if (!clients.awaitTermination(deadline.toMillis(), TimeUnit.MILLISECONDS)) {
            clients.shutdownNow();
            throw new AssertionError("the load of '" + label + "' did not end within " + deadline);
        }
        return new ArrayList<>(answers);
    }

    private void sendUntilDone() {
        for (int index = next.getAndIncrement(); !stopped && index < requests; index = next.getAndIncrement()) {
            answers.add(send("request %05d of %s".formatted(index, label)));
        }
    }

    private Answer send(String message) {
        String body = "{\"model\":\"mock-1\",\"messages\":[{\"role\":\"user\",\"content\":\"" + message + "\"}]}";
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/v1/chat/completions"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + key)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        HttpResponse<String> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException cut) {
            return new Answer(Optional.empty(), Optional.empty(), 0, cut.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(Optional.empty(), Optional.empty(), 0, e.toString());
        }
        long tokens = response.statusCode() / 100 == 2 ? tokens(response.body()) : 0;
        return new Answer(Optional.of(response.statusCode()), response.headers().firstValue("x-aegis-run-id"), tokens, response.body());
    }

    private static long tokens(String completion) {
        try {
            JsonNode usage = JSON.readTree(completion).path("usage");
            return usage.path("prompt_tokens").asLong() + usage.path("completion_tokens").asLong();
        } catch (IOException notACompletion) {
            return 0; // the test finds a 2xx without usage
        }
    }
}
