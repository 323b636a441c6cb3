package dev.aegis.plugin.langchain4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aegis.api.model.ChatRequest;
import dev.aegis.api.model.ChatStream;
import dev.aegis.api.model.ModelProvider;
import dev.aegis.api.model.ProviderException;
import dev.aegis.api.model.ProviderException.Failure;
import dev.aegis.api.state.Message;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProviderFailureTest {

    private static final ChatRequest HELLO = ChatRequest.of("", List.of(Message.user("Say hello.")));

    private final FakeUpstream upstream = FakeUpstream.start(request -> FakeUpstream.Response.json(AnthropicWire.message("ok")));

    @AfterEach
    void stopUpstream() {
        upstream.close();
    }

    @ParameterizedTest(name = "HTTP {0} is {1}")
    @CsvSource({"429, RATE_LIMITED", "502, UNAVAILABLE", "503, UNAVAILABLE", "504, UNAVAILABLE", "529, UNAVAILABLE",
            "400, REJECTED", "401, REJECTED", "404, REJECTED", "500, FAILED"})
    void anUpstreamStatusDecidesTheFailureKindAndIsKept(int status, Failure expected) {
        upstream.respondWith(request -> FakeUpstream.Response.json(status, AnthropicWire.errorBody("some_error", "it went wrong")));
        ModelProvider provider = TestProviders.anthropic(upstream);

        assertThatThrownBy(() -> provider.complete(HELLO)).isInstanceOfSatisfying(ProviderException.class, e -> {
            assertThat(e.failure()).isEqualTo(expected);
            assertThat(e.upstreamStatus()).hasValue(status);
            assertThat(e.getMessage()).startsWith("anthropic answered HTTP " + status).contains("it went wrong");
        });
    }

    @Test
    void aStreamRefusedWithAStatusFailsOnTheFirstReadWithTheSameKind() {
        upstream.respondWith(request -> FakeUpstream.Response.json(429, AnthropicWire.errorBody("rate_limit_error", "slow down")));

        try (ChatStream stream = TestProviders.anthropic(upstream).stream(HELLO)) {
            assertThatThrownBy(stream::next).isInstanceOfSatisfying(ProviderException.class, e -> {
                assertThat(e.failure()).isEqualTo(Failure.RATE_LIMITED);
                assertThat(e.upstreamStatus()).hasValue(429);
            });
        }
    }

    @Test
    void theApiKeyNeverAppearsInAFailureEvenWhenTheUpstreamEchoesIt() {
        upstream.respondWith(request -> FakeUpstream.Response.json(401,
                AnthropicWire.errorBody("authentication_error", "invalid x-api-key " + request.header("x-api-key"))));

        assertThatThrownBy(() -> TestProviders.anthropic(upstream).complete(HELLO)).isInstanceOfSatisfying(ProviderException.class, e -> {
            assertThat(e.getMessage()).doesNotContain(TestProviders.ANTHROPIC_KEY).contains("invalid x-api-key ******");
            for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
                assertThat(String.valueOf(cause.getMessage())).doesNotContain(TestProviders.ANTHROPIC_KEY);
            }
        });
    }

    @Test
    void anUnreachableUpstreamIsAConnectFailure() {
        ModelProvider provider = TestProviders.anthropic(upstream);
        upstream.close();

        assertThatThrownBy(() -> provider.complete(HELLO)).isInstanceOfSatisfying(ProviderException.class,
                e -> assertThat(e.failure()).isEqualTo(Failure.CONNECT));
    }

    @Test
    void anUpstreamSlowerThanTheTimeoutIsATimeout() {
        upstream.respondWith(request -> {
            sleep(3_000);
            return FakeUpstream.Response.json(AnthropicWire.message("too late"));
        });

        assertThatThrownBy(() -> TestProviders.anthropic(upstream, "300ms").complete(HELLO)).isInstanceOfSatisfying(ProviderException.class,
                e -> assertThat(e.failure()).isEqualTo(Failure.TIMEOUT));
    }

    @Test
    void aParameterOfTheWrongTypeIsRejectedWithoutCallingTheUpstream() {
        ChatRequest request = new ChatRequest("", List.of(Message.user("Hi")), List.of(), Map.of("temperature", "\"warm\""));

        assertThatThrownBy(() -> TestProviders.anthropic(upstream).complete(request)).isInstanceOfSatisfying(ProviderException.class, e -> {
            assertThat(e.failure()).isEqualTo(Failure.REJECTED);
            assertThat(e.getMessage()).contains("temperature must be a number");
        });
        assertThat(upstream.requests()).isEmpty();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
