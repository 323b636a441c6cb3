package dev.aegis.plugin.langchain4j;

import dev.langchain4j.http.client.HttpClientBuilder;
import dev.langchain4j.http.client.jdk.JdkHttpClient;
import java.net.http.HttpClient;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The HTTP client every LangChain4j model here uses: the JDK client on HTTP/1.1 (no {@code h2c}
 * upgrade on each new plain connection) with a virtual-thread executor. Without one, the JDK client
 * runs its callbacks — and LangChain4j reads whole streamed responses inside them — on a cached
 * pool of platform threads, one per open stream. A virtual thread per exchange costs next to nothing
 * and may block on our bounded stream queue.
 */
final class VirtualThreadHttp {

    private static final ExecutorService EXCHANGES =
            Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("aegis-langchain4j-", 0).factory());

    private VirtualThreadHttp() {}

    /** A fresh builder: each model sets its own timeouts on it. */
    static HttpClientBuilder builder() {
        return JdkHttpClient.builder()
                .httpClientBuilder(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(EXCHANGES));
    }
}
