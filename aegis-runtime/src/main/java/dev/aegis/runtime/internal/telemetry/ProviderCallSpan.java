package dev.aegis.runtime.internal.telemetry;

import dev.aegis.api.model.ChatRequest;
import dev.aegis.api.model.ProviderException;
import dev.aegis.api.state.RunState;
import dev.aegis.api.state.Usage;
import dev.aegis.runtime.internal.steps.Eligible;
import dev.aegis.runtime.internal.steps.ProviderAttempt;
import dev.aegis.runtime.internal.stream.StreamingAttempt;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Scope;
import java.util.List;

/**
 * A client span around one provider call, after the OpenTelemetry GenAI semantic conventions
 * ({@code gen_ai.operation.name}, {@code gen_ai.request.model}, {@code gen_ai.usage.input_tokens},
 * …), current while the provider works so that it can propagate the trace upstream; and the
 * call's duration in {@code gen_ai.client.operation.duration}. Messages are never recorded.
 */
public final class ProviderCallSpan {

    private static final AttributeKey<String> RESPONSE_MODEL = AttributeKey.stringKey("gen_ai.response.model");
    private static final AttributeKey<Long> INPUT_TOKENS = AttributeKey.longKey("gen_ai.usage.input_tokens");
    private static final AttributeKey<Long> OUTPUT_TOKENS = AttributeKey.longKey("gen_ai.usage.output_tokens");
    private static final AttributeKey<List<String>> FINISH_REASONS = AttributeKey.stringArrayKey("gen_ai.response.finish_reasons");
    private static final AttributeKey<Long> ATTEMPT = AttributeKey.longKey("aegis.attempt");
    private static final AttributeKey<Boolean> STREAMED = AttributeKey.booleanKey("aegis.stream");
    private static final AttributeKey<Double> FIRST_TOKEN = AttributeKey.doubleKey("aegis.gen_ai.time_to_first_token");
    private static final String CHAT = "chat";
    /** Opt-in content, as the GenAI conventions name it: JSON arrays of messages with their parts. */
    private static final AttributeKey<String> INPUT_MESSAGES = AttributeKey.stringKey("gen_ai.input.messages");
    private static final AttributeKey<String> OUTPUT_MESSAGES = AttributeKey.stringKey("gen_ai.output.messages");

    private ProviderCallSpan() {}

    public static RunState call(ProviderAttempt attempt, RunState state, Eligible target, ChatRequest request, int number) {
        RunTelemetry.ActiveRun run = RunTelemetry.current();
        if (run == null) {
            return attempt.call(state, target, request, number);
        }
        Span span = run.telemetry().tracer.spanBuilder(request.model().isEmpty() ? CHAT : CHAT + " " + request.model())
                .setSpanKind(SpanKind.CLIENT)
                .setAttribute(RunTelemetry.OPERATION, CHAT)
                .setAttribute(RunTelemetry.PROVIDER_NAME, target.binding().type())
                .setAttribute(RunTelemetry.PROVIDER, target.provider())
                .setAttribute(RunTelemetry.ROUTE, run.route())
                .setAttribute(ATTEMPT, (long) number)
                .setAttribute(STREAMED, attempt instanceof StreamingAttempt)
                .startSpan();
        if (!request.model().isEmpty()) {
            span.setAttribute(RunTelemetry.REQUEST_MODEL, request.model());
        }
        if (run.captureContent()) {
            span.setAttribute(INPUT_MESSAGES, CapturedContent.messages(request.messages()));
        }
        long begun = System.nanoTime();
        try (Scope scope = span.makeCurrent()) {
            RunState answered = attempt.call(state, target, request, number);
            answered(span, state, answered);
            if (run.captureContent() && answered.messages().size() > state.messages().size()) {
                span.setAttribute(OUTPUT_MESSAGES, CapturedContent.messages(answered.messages().subList(state.messages().size(), answered.messages().size())));
            }
            duration(run, target, request, begun, "");
            return answered;
        } catch (ProviderException failure) {
            span.setStatus(StatusCode.ERROR, failure.code());
            span.setAttribute(RunTelemetry.ERROR_TYPE, failure.code());
            duration(run, target, request, begun, failure.code());
            throw failure;
        } catch (RuntimeException e) {
            span.setStatus(StatusCode.ERROR, e.getClass().getSimpleName());
            span.setAttribute(RunTelemetry.ERROR_TYPE, e.getClass().getName());
            throw e;
        } finally {
            span.end();
        }
    }

    /** The first chunk of a streamed answer arrived {@code nanos} after the call began. */
    public static void firstToken(Eligible target, ChatRequest request, long nanos) {
        RunTelemetry.ActiveRun run = RunTelemetry.current();
        if (run == null) {
            return;
        }
        double seconds = nanos / 1e9;
        Span.current().setAttribute(FIRST_TOKEN, seconds);
        run.telemetry().timeToFirstToken.record(seconds, Attributes.of(RunTelemetry.ROUTE, run.route(), RunTelemetry.PROVIDER, target.provider(),
                RunTelemetry.REQUEST_MODEL, request.model()));
    }

    private static void answered(Span span, RunState before, RunState after) {
        after.get(RunState.MODEL).ifPresent(model -> span.setAttribute(RESPONSE_MODEL, model));
        Usage used = after.usage();
        Usage earlier = before.usage();
        span.setAttribute(INPUT_TOKENS, used.inputTokens() - earlier.inputTokens());
        span.setAttribute(OUTPUT_TOKENS, used.outputTokens() - earlier.outputTokens());
        after.get(RunState.FINISH_REASON).ifPresent(reason -> span.setAttribute(FINISH_REASONS, List.of(reason)));
    }

    private static void duration(RunTelemetry.ActiveRun run, Eligible target, ChatRequest request, long begun, String errorType) {
        Attributes attributes = Attributes.builder()
                .put(RunTelemetry.OPERATION, CHAT)
                .put(RunTelemetry.PROVIDER_NAME, target.binding().type())
                .put(RunTelemetry.PROVIDER, target.provider())
                .put(RunTelemetry.REQUEST_MODEL, request.model())
                .put(RunTelemetry.ROUTE, run.route())
                .put(RunTelemetry.ERROR_TYPE, errorType.isEmpty() ? null : errorType)
                .build();
        run.telemetry().operationDuration.record((System.nanoTime() - begun) / 1e9, attributes);
    }

    /** A retry of the same provider, or a fall back to the next one. */
    public static void retried(Eligible target, boolean fallback) {
        RunTelemetry.ActiveRun run = RunTelemetry.current();
        if (run != null) {
            (fallback ? run.telemetry().fallbacks : run.telemetry().retries)
                    .add(1, Attributes.of(RunTelemetry.ROUTE, run.route(), RunTelemetry.PROVIDER, target.provider()));
        }
    }
}
