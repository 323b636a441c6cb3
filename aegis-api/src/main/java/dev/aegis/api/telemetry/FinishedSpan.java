package dev.aegis.api.telemetry;

import static java.util.Objects.requireNonNull;

import dev.aegis.api.API;
import java.util.List;
import java.util.Map;

/**
 * One finished span, shaped like OTLP's: the request, a pipeline step or a provider call. Holds no
 * message text, secret or end-user id; attribute values are {@code String}, {@code Boolean},
 * {@code Long}, {@code Double} or a {@code List} of them.
 *
 * @param traceId 32 lower-case hex digits, shared by every span of a request (and of its caller's trace)
 * @param spanId 16 lower-case hex digits
 * @param parentSpanId the parent's span id; empty for a trace's root
 * @param scope the instrumentation scope that recorded it, e.g. {@code dev.aegis.runtime}
 * @param resource what produced it, e.g. {@code service.name}; the same for every span of a process
 * @param statusMessage why the span failed; empty unless {@code status} is {@link Status#ERROR}
 */
@API(status = API.Status.EXPERIMENTAL)
public record FinishedSpan(
        String traceId,
        String spanId,
        String parentSpanId,
        String name,
        Kind kind,
        long startEpochNanos,
        long endEpochNanos,
        Map<String, Object> attributes,
        List<SpanEvent> events,
        Status status,
        String statusMessage,
        String scope,
        Map<String, Object> resource) {

    public FinishedSpan {
        requireNonNull(traceId, "traceId");
        requireNonNull(spanId, "spanId");
        requireNonNull(parentSpanId, "parentSpanId");
        requireNonNull(name, "name");
        requireNonNull(kind, "kind");
        requireNonNull(status, "status");
        requireNonNull(statusMessage, "statusMessage");
        requireNonNull(scope, "scope");
        if (!isHex(traceId, 32)) {
            throw new IllegalArgumentException("traceId must be 32 lower-case hex digits: " + traceId);
        }
        if (!isHex(spanId, 16) || !(parentSpanId.isEmpty() || isHex(parentSpanId, 16))) {
            throw new IllegalArgumentException("span ids must be 16 lower-case hex digits");
        }
        if (endEpochNanos < startEpochNanos) {
            throw new IllegalArgumentException("span '" + name + "' ends before it starts");
        }
        attributes = Attributes.copy(attributes);
        events = List.copyOf(events);
        resource = Attributes.copy(resource);
    }

    /**
     * An attribute map checked and frozen once, to share between records (a batch's spans share
     * their resource): a record given such a map keeps it rather than copying it again.
     */
    public static Map<String, Object> attributes(Map<String, ?> attributes) {
        return Attributes.copy(attributes);
    }

    // A plain loop: a regular expression per id costs more than the rest of the record.
    private static boolean isHex(String id, int length) {
        if (id.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = id.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                return false;
            }
        }
        return true;
    }

    public boolean isRoot() {
        return parentSpanId.isEmpty();
    }

    /** As OTLP's {@code Span.SpanKind}. */
    @API(status = API.Status.EXPERIMENTAL)
    public enum Kind {
        INTERNAL,
        SERVER,
        CLIENT,
        PRODUCER,
        CONSUMER
    }

    /** As OTLP's {@code Status.StatusCode}. */
    @API(status = API.Status.EXPERIMENTAL)
    public enum Status {
        UNSET,
        OK,
        ERROR
    }

    /** Something that happened at an instant during the span, e.g. a guard's verdict. */
    @API(status = API.Status.EXPERIMENTAL)
    public record SpanEvent(String name, long epochNanos, Map<String, Object> attributes) {

        public SpanEvent {
            requireNonNull(name, "name");
            attributes = Attributes.copy(attributes);
        }
    }
}
