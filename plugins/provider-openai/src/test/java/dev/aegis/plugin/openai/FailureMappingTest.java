package dev.aegis.plugin.openai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aegis.api.model.ChatRequest;
import dev.aegis.api.model.ChatStream;
import dev.aegis.api.model.EmbeddingRequest;
import dev.aegis.api.model.ProviderException;
import dev.aegis.api.model.ProviderException.Failure;
import dev.aegis.api.state.Message;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Timeout(30)
class FailureMappingTest {

    private static final String SECRET_PROMPT = "my confidential prompt";
    private static final ChatRequest REQUEST = ChatRequest.of("gpt-4o", List.of(Message.user(SECRET_PROMPT)));

    private final FakeOpenAi upstream = FakeOpenAi.start();
    private final TestProviders providers = new TestProviders();

    @AfterEach
    void stop() {
        providers.close();
        upstream.close();
    }

    @ParameterizedTest(name = "HTTP {0} is {1}")
    @CsvSource({
            "429, RATE_LIMITED", "502, UNAVAILABLE", "503, UNAVAILABLE", "504, UNAVAILABLE",
            "400, REJECTED", "401, REJECTED", "403, REJECTED", "404, REJECTED", "409, REJECTED", "413, REJECTED", "422, REJECTED",
            "500, FAILED", "418, FAILED"})
    void everyUpstreamStatusMapsToItsFailureKindCarryingTheStatus(int status, Failure kind) {
        upstream.answer(Answers.json(status, "{\"error\": {\"message\": \"upstream says no\", \"type\": \"x\"}}"));
        OpenAiModelProvider provider = providers.of(upstream);
        OpenAiEmbeddingProvider embedder = providers.embedderOf(upstream);

        for (ThrowingCallable call : List.<ThrowingCallable>of(
                () -> provider.complete(REQUEST),
                () -> provider.stream(REQUEST).close(),
                () -> embedder.embed(new EmbeddingRequest("e", List.of("x"), Map.of())))) {
            assertThatThrownBy(call)
                    .isInstanceOfSatisfying(ProviderException.class, e -> {
                        assertThat(e.failure()).isEqualTo(kind);
                        assertThat(e.upstreamStatus()).hasValue(status);
                        assertThat(e.code()).isEqualTo(kind.code());
                    })
                    .hasMessageContaining("HTTP " + status)
                    .hasMessageContaining("upstream says no");
        }
    }

    @Test
    void anErrorNeverShowsTheKeyOrTheRequestBody() {
        upstream.answer(Answers.json(401, """
                {"error": {"message": "Incorrect API key provided: %s. You said: ...", "type": "invalid_request_error"}}
                """.formatted(TestProviders.KEY)));

        assertThatThrownBy(() -> providers.of(upstream).complete(REQUEST))
                .isInstanceOfSatisfying(ProviderException.class, e -> assertThat(e.failure()).isEqualTo(Failure.REJECTED))
                .hasMessageContaining("Incorrect API key provided")
                .hasMessageNotContaining(TestProviders.KEY)
                .hasMessageNotContaining("0123456789abcdef")
                .hasMessageNotContaining(SECRET_PROMPT);
    }

    @Test
    void aLongUpstreamMessageIsTruncated() {
        upstream.answer(Answers.json(400, "{\"error\": {\"message\": \"" + "x".repeat(5_000) + "\"}}"));

        assertThatThrownBy(() -> providers.of(upstream).complete(REQUEST))
                .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(ErrorBodies.MAX_LENGTH + 50));
    }

    @Test
    void aServerThatSendsAPlainErrorStringIsUnderstood() {
        upstream.answer(Answers.json(404, "{\"error\": \"model 'llama9' not found\"}"));

        assertThatThrownBy(() -> providers.of(upstream).complete(REQUEST))
                .isInstanceOfSatisfying(ProviderException.class, e -> assertThat(e.failure()).isEqualTo(Failure.REJECTED))
                .hasMessageContaining("model 'llama9' not found");
    }

    @Test
    void aClosedPortIsAConnectFailure() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        OpenAiModelProvider provider = providers.create("base-url: http://127.0.0.1:" + port + "/v1");

        assertThatThrownBy(() -> provider.complete(REQUEST))
                .isInstanceOfSatisfying(ProviderException.class, e -> {
                    assertThat(e.failure()).isEqualTo(Failure.CONNECT);
                    assertThat(e.failure().isRetryable()).isTrue();
                    assertThat(e.upstreamStatus()).isEmpty();
                    // the message reaches clients: never where the upstream is
                    assertThat(e.getMessage()).doesNotContain("127.0.0.1").doesNotContain(Integer.toString(port));
                });
        assertThatThrownBy(() -> provider.stream(REQUEST))
                .isInstanceOfSatisfying(ProviderException.class, e -> assertThat(e.failure()).isEqualTo(Failure.CONNECT));
    }

    @Test
    void anUnknownHostIsAConnectFailure() {
        OpenAiModelProvider provider = providers.create("base-url: http://upstream.invalid/v1");

        assertThatThrownBy(() -> provider.complete(REQUEST))
                .isInstanceOfSatisfying(ProviderException.class, e -> {
                    assertThat(e.failure()).isEqualTo(Failure.CONNECT);
                    assertThat(e.getMessage()).doesNotContain("upstream.invalid");
                });
    }

    @Test
    void anUpstreamSilentAfterTheHeadersTimesOut() {
        upstream.answer(Answers.stallAfterHeaders());
        OpenAiModelProvider provider = providers.create("base-url: " + upstream.baseUrl() + "\nidle-timeout: 300ms");

        assertThatThrownBy(() -> provider.complete(REQUEST))
                .isInstanceOfSatisfying(ProviderException.class, e -> assertThat(e.failure()).isEqualTo(Failure.TIMEOUT));
    }

    @Test
    void anUpstreamSilentBeforeTheHeadersTimesOut() {
        upstream.answer((exchange, request, server) -> server.stall());
        OpenAiModelProvider provider = providers.create("base-url: " + upstream.baseUrl() + "\nidle-timeout: 300ms");

        assertThatThrownBy(() -> provider.complete(REQUEST))
                .isInstanceOfSatisfying(ProviderException.class, e -> assertThat(e.failure()).isEqualTo(Failure.TIMEOUT));
    }

    @Test
    void aStreamThatStallsMidWayTimesOut() {
        upstream.answer(Answers.stallAfterFirstEvent());
        OpenAiModelProvider provider = providers.create("base-url: " + upstream.baseUrl() + "\nidle-timeout: 300ms");

        try (ChatStream stream = provider.stream(REQUEST)) {
            assertThat(stream.next()).isPresent();
            assertThatThrownBy(stream::next)
                    .isInstanceOfSatisfying(ProviderException.class, e -> {
                        assertThat(e.failure()).isEqualTo(Failure.TIMEOUT);
                        assertThat(e.upstreamStatus()).hasValue(200);
                    });
        }
    }

    @Test
    void aClosedProviderRefusesCalls() {
        OpenAiModelProvider provider = providers.of(upstream);
        OpenAiEmbeddingProvider embedder = providers.embedderOf(upstream);
        provider.close();

        assertThatThrownBy(() -> provider.complete(REQUEST)).isInstanceOf(ProviderException.class).hasMessageContaining("closed");
    }
}
