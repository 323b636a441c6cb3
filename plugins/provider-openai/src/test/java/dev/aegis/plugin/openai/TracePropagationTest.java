package dev.aegis.plugin.openai;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aegis.api.model.ChatRequest;
import dev.aegis.api.model.ChatStream;
import dev.aegis.api.state.Message;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.context.Scope;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The gateway's current span travels upstream as a W3C {@code traceparent}; without one, nothing is added. */
class TracePropagationTest {

    private static final ChatRequest HELLO = ChatRequest.of("gpt-4o", List.of(Message.user("Say hello.")));
    private static final String TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String SPAN = "00f067aa0ba902b7";

    private final FakeOpenAi upstream = FakeOpenAi.start();
    private final TestProviders providers = new TestProviders();

    @AfterEach
    void stop() {
        providers.close();
        upstream.close();
    }

    @Test
    void aCallMadeWithinASpanCarriesItsTraceparent() {
        try (Scope scope = Span.wrap(SpanContext.create(TRACE, SPAN, TraceFlags.getSampled(), TraceState.getDefault())).makeCurrent()) {
            providers.of(upstream).complete(HELLO);
        }

        assertThat(upstream.lastRequest().header("traceparent")).contains("00-" + TRACE + "-" + SPAN + "-01");
    }

    @Test
    void aStreamedCallCarriesItToo() {
        try (Scope scope = Span.wrap(SpanContext.create(TRACE, SPAN, TraceFlags.getDefault(), TraceState.getDefault())).makeCurrent();
                ChatStream stream = providers.of(upstream).stream(HELLO)) {
            while (stream.next().isPresent()) {
                // drain
            }
        }

        assertThat(upstream.lastRequest().header("traceparent")).contains("00-" + TRACE + "-" + SPAN + "-00");
    }

    @Test
    void withoutASpanNoTraceHeaderIsSent() {
        providers.of(upstream).complete(HELLO);

        assertThat(upstream.lastRequest().header("traceparent")).isEmpty();
    }
}
