package dev.aegis.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aegis.api.model.ProviderException.Failure;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class CircuitBreakerTest {

    private final RouteCompiler compiler = new RouteCompiler(RetryBackoff.NONE, new CircuitBreakerPolicy(4, 4, 50, Duration.ofMinutes(5)));

    @Test
    void aProviderThatKeepsFailingIsSkippedUntilItsCircuitCloses() {
        FakeProvider broken = FakeProvider.answering("never").failingFirst(Failure.UNAVAILABLE, Failure.UNAVAILABLE, Failure.UNAVAILABLE,
                Failure.UNAVAILABLE, Failure.UNAVAILABLE, Failure.UNAVAILABLE);
        FakeProvider healthy = FakeProvider.answering("from the fallback");
        CompiledRoute route = TestRoute.route().provider("broken", broken).provider("healthy", healthy).compile(compiler);

        for (int i = 0; i < 4; i++) {
            assertThat(route.invoke(TestRoute.request("hi")).status()).isEqualTo(RunStatus.COMPLETED);
        }
        RunResult fifth = route.invoke(TestRoute.request("hi"));

        assertThat(broken.calls()).isEqualTo(4);
        assertThat(fifth.answer()).get().extracting(message -> message.content()).isEqualTo("from the fallback");
        assertThat(TestRoute.events(fifth, "model.call")).anySatisfy(event -> assertThat(event.detail()).isEqualTo("circuit_open"));
    }

    @Test
    void requestsTheUpstreamRejectedDoNotOpenTheCircuit() {
        FakeProvider picky = FakeProvider.answering("ok").failingFirst(Failure.REJECTED, Failure.REJECTED, Failure.REJECTED, Failure.REJECTED);
        CompiledRoute route = TestRoute.route().provider("picky", picky).compile(compiler);

        for (int i = 0; i < 4; i++) {
            assertThat(route.invoke(TestRoute.request("hi")).status()).isEqualTo(RunStatus.FAILED);
        }

        assertThat(route.invoke(TestRoute.request("hi")).status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(picky.calls()).isEqualTo(5);
    }

    @Test
    void routesCompiledByOneCompilerShareEachProvidersCircuit() {
        FakeProvider broken = FakeProvider.answering("never").failingFirst(Failure.CONNECT, Failure.CONNECT, Failure.CONNECT, Failure.CONNECT);
        CompiledRoute first = TestRoute.route().provider("shared", broken).compile(compiler);
        CompiledRoute second = TestRoute.route().provider("shared", broken).compile(compiler);

        for (int i = 0; i < 2; i++) {
            first.invoke(TestRoute.request("hi"));
            second.invoke(TestRoute.request("hi"));
        }
        RunResult blocked = second.invoke(TestRoute.request("hi"));

        assertThat(broken.calls()).isEqualTo(4);
        assertThat(blocked.status()).isEqualTo(RunStatus.FAILED);
        assertThat(blocked.failure()).get().extracting(ProviderExceptionCode::of).isEqualTo("upstream_unavailable");
    }

    private static final class ProviderExceptionCode {
        static String of(dev.aegis.api.model.ProviderException exception) {
            return exception.code();
        }
    }
}
