package dev.aegis.plugin.openai;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A real HTTP upstream on 127.0.0.1: records every request and answers with the current
 * {@link Answer} ({@link Answers#openAi()} until a test sets another).
 */
final class FakeOpenAi implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
    private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
    // released at shutdown so stalling answers end with the test
    private final CountDownLatch shutdown = new CountDownLatch(1);
    private volatile Answer answer = Answers.openAi();

    private FakeOpenAi() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        server.start();
    }

    static FakeOpenAi start() {
        try {
            return new FakeOpenAi();
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the fake upstream", e);
        }
    }

    /** The {@code base-url} to configure: {@code http://127.0.0.1:PORT/v1}. */
    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    void answer(Answer next) {
        answer = next;
    }

    List<RecordedRequest> requests() {
        return List.copyOf(requests);
    }

    RecordedRequest lastRequest() {
        return requests.getLast();
    }

    /** Blocks an answer until the server shuts down. */
    void stall() {
        try {
            shutdown.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        shutdown.countDown();
        server.stop(0);
        threads.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            RecordedRequest request = RecordedRequest.of(exchange);
            requests.add(request);
            answer.respond(exchange, request, this);
        }
    }

    /** How the fake answers one request. */
    @FunctionalInterface
    interface Answer {
        void respond(HttpExchange exchange, RecordedRequest request, FakeOpenAi server) throws IOException;
    }
}
