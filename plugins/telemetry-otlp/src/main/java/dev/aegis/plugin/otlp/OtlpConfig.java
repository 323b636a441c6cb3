package dev.aegis.plugin.otlp;

import dev.aegis.api.secret.Secret;
import dev.aegis.api.telemetry.Signal;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Configuration of the {@code otlp} exporter.
 *
 * @param endpoint the collector's OTLP/HTTP root; {@code /v1/traces} and {@code /v1/metrics} are appended
 * @param headers sent with every export, e.g. an {@code Authorization} header; secret references, since
 *     they usually carry a token
 * @param timeout for one export request, connecting included
 * @param retries further attempts after a 429, 502, 503, 504 or a connection failure, with backoff; then the batch is dropped
 * @param signals what to export: {@code traces}, {@code metrics} or both
 * @param metricsInterval how often metrics are pushed
 */
public record OtlpConfig(
        String endpoint,
        Map<String, Secret> headers,
        Duration timeout,
        @Min(0) @Max(10) Integer retries,
        List<Signal> signals,
        Duration metricsInterval) {

    public OtlpConfig {
        endpoint = endpoint == null ? "http://localhost:4318" : withoutTrailingSlash(endpoint.strip());
        headers = headers == null ? Map.of() : Map.copyOf(headers);
        timeout = positive(timeout == null ? Duration.ofSeconds(10) : timeout, "timeout");
        retries = retries == null ? 3 : retries;
        signals = signals == null || signals.isEmpty() ? List.of(Signal.TRACES, Signal.METRICS) : List.copyOf(signals);
        metricsInterval = positive(metricsInterval == null ? Duration.ofSeconds(60) : metricsInterval, "metrics-interval");
        URI uri = URI.create(endpoint);
        if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
            throw new IllegalArgumentException("endpoint must be an http(s) URL, e.g. http://collector:4318");
        }
    }

    private static String withoutTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private static Duration positive(Duration duration, String name) {
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
        return duration;
    }
}
