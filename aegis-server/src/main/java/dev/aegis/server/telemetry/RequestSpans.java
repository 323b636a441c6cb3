package dev.aegis.server.telemetry;

import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import io.helidon.http.ServerRequestHeaders;
import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.common.AttributesBuilder;
import io.opentelemetry.api.metrics.DoubleHistogram;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.opentelemetry.context.propagation.TextMapPropagator;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A server span per request, continuing the caller's trace when it sent a W3C {@code traceparent},
 * current while the request is handled (the route's step spans hang below it); and the request's
 * duration in {@code http.server.request.duration}. Records the method, the template of the route
 * the request matched (or {@code unmatched}), the status, and the gateway route and run id the
 * handler answered with: never the raw path, the query, the headers or the body.
 */
final class RequestSpans implements Filter {

    private static final AttributeKey<String> METHOD = AttributeKey.stringKey("http.request.method");
    private static final AttributeKey<String> HTTP_ROUTE = AttributeKey.stringKey("http.route");
    private static final AttributeKey<Long> STATUS = AttributeKey.longKey("http.response.status_code");
    private static final AttributeKey<String> SCHEME = AttributeKey.stringKey("url.scheme");
    private static final AttributeKey<String> ROUTE = AttributeKey.stringKey("aegis.route");
    private static final AttributeKey<String> RUN_ID = AttributeKey.stringKey("aegis.run.id");
    private static final AttributeKey<String> ERROR_TYPE = AttributeKey.stringKey("error.type");
    private static final HeaderName ROUTE_HEADER = HeaderNames.create("x-aegis-route");
    private static final HeaderName RUN_HEADER = HeaderNames.create("x-aegis-run-id");
    private static final List<Double> BUCKETS = List.of(0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1.0, 2.5, 5.0, 7.5, 10.0, 30.0, 60.0);

    private static final TextMapGetter<ServerRequestHeaders> HEADERS = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(ServerRequestHeaders headers) {
            List<String> names = new ArrayList<>();
            headers.forEach(header -> names.add(header.name()));
            return names;
        }

        @Override
        public String get(ServerRequestHeaders headers, String key) {
            return headers == null ? null : headers.first(HeaderNames.create(key)).orElse(null);
        }
    };

    private final Tracer tracer;
    private final TextMapPropagator propagator;
    private final DoubleHistogram duration;
    private final boolean tracing;

    RequestSpans(OpenTelemetry telemetry, boolean tracing) {
        this.tracer = telemetry.getTracer(Telemetry.SCOPE);
        this.propagator = telemetry.getPropagators().getTextMapPropagator();
        this.duration = telemetry.getMeter(Telemetry.SCOPE).histogramBuilder("http.server.request.duration").setUnit("s")
                .setDescription("Requests to the gateway, by method, route template and status")
                .setExplicitBucketBoundariesAdvice(BUCKETS).build();
        this.tracing = tracing;
    }

    @Override
    public void filter(FilterChain chain, RoutingRequest request, RoutingResponse response) {
        String method = request.prologue().method().text();
        long begun = System.nanoTime();
        Span span = tracing ? start(request, method) : Span.getInvalid();
        String errorType = null;
        try (Scope scope = tracing ? span.makeCurrent() : Scope.noop()) {
            chain.proceed();
        } catch (RuntimeException e) {
            errorType = e.getClass().getName();
            throw e;
        } finally {
            int status = response.status().code();
            String route = response.headers().first(ROUTE_HEADER).orElse(null);
            // Known once routing ran: a request refused before it, or matching no route, has no template.
            Optional<String> matched = HttpRoutes.matched(request.matchingPattern());
            if (tracing) {
                end(span, response, method, status, route, matched.orElse(null), errorType);
            }
            AttributesBuilder attributes = Attributes.builder().put(METHOD, method).put(STATUS, (long) status);
            attributes.put(HTTP_ROUTE, matched.orElse(HttpRoutes.UNMATCHED)).put(ROUTE, route).put(ERROR_TYPE, errorType);
            duration.record((System.nanoTime() - begun) / 1e9, attributes.build());
        }
    }

    private Span start(RoutingRequest request, String method) {
        Context parent = propagator.extract(Context.root(), request.headers(), HEADERS);
        return tracer.spanBuilder(method)
                .setParent(parent)
                .setSpanKind(SpanKind.SERVER)
                .setAttribute(METHOD, method)
                .setAttribute(SCHEME, request.isSecure() ? "https" : "http")
                .startSpan();
    }

    private static void end(Span span, RoutingResponse response, String method, int status, String route, String template, String errorType) {
        span.setAttribute(STATUS, (long) status);
        if (template != null) {
            // without a route the name stays the method alone, as the semantic conventions have it
            span.updateName(method + " " + template);
            span.setAttribute(HTTP_ROUTE, template);
        }
        if (route != null) {
            span.setAttribute(ROUTE, route);
        }
        response.headers().first(RUN_HEADER).ifPresent(runId -> span.setAttribute(RUN_ID, runId));
        if (status >= 500 || errorType != null) {
            span.setStatus(StatusCode.ERROR);
            span.setAttribute(ERROR_TYPE, errorType == null ? Integer.toString(status) : errorType);
        }
        span.end();
    }
}
