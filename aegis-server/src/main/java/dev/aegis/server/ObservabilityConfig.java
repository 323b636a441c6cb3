package dev.aegis.server;

import dev.aegis.api.secret.Secret;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import java.time.Duration;
import java.util.Optional;

/**
 * The {@code observability} section of {@code aegis.yaml}: how the gateway records telemetry. Where
 * it goes is the {@code telemetry} list of exporter plugins; without any, nothing is recorded.
 *
 * @param serviceName the {@code service.name} of every span and metric
 * @param sampleRatio the share of new traces recorded; a caller's {@code traceparent} decides for its own
 * @param logFormat {@code text}, or {@code json}: one object per line with {@code trace_id} and {@code span_id}
 * @param spanQueueSize finished spans waiting for export, per exporter; beyond it spans are dropped,
 *     never the request slowed down
 * @param spanBatchSize spans per export call at most
 * @param spanExportDelay how long a span may wait for its batch to fill
 * @param metrics who may read a metrics scrape ({@code /metrics})
 */
public record ObservabilityConfig(
        @NotBlank String serviceName,
        @DecimalMin("0") @DecimalMax("1") Double sampleRatio,
        LogFormat logFormat,
        @Positive Integer spanQueueSize,
        @Positive Integer spanBatchSize,
        Duration spanExportDelay,
        @Valid Metrics metrics) {

    /** The section's name in {@code aegis.yaml}. */
    public static final String SECTION = "observability";

    public static final ObservabilityConfig DEFAULTS = new ObservabilityConfig(null, null, null, null, null, null, null);

    public ObservabilityConfig {
        serviceName = serviceName == null ? "aegis" : serviceName;
        sampleRatio = sampleRatio == null ? 1.0 : sampleRatio;
        logFormat = logFormat == null ? LogFormat.TEXT : logFormat;
        spanQueueSize = spanQueueSize == null ? 4096 : spanQueueSize;
        spanBatchSize = spanBatchSize == null ? 512 : spanBatchSize;
        spanExportDelay = spanExportDelay == null ? Duration.ofSeconds(2) : spanExportDelay;
        metrics = metrics == null ? Metrics.DEFAULTS : metrics;
        if (spanExportDelay.isNegative() || spanExportDelay.isZero()) {
            throw new IllegalArgumentException("span-export-delay must be positive");
        }
    }

    /**
     * Who may read a metrics scrape. The metrics carry no message text, secrets or end-user ids, but
     * they do show every route, provider and team, and each team's remaining budget, which
     * {@code /v1/budgets} shows only to the team itself or an admin: so a scrape is authenticated
     * unless {@code anonymous} says otherwise.
     *
     * @param anonymous serve the scrape to anyone without credentials; off by default
     * @param token a scrape token, sent as {@code Authorization: Bearer <token>}, compared in constant time
     * @param role a principal with this role, or {@code admin}, may scrape with its own credentials
     */
    public record Metrics(Boolean anonymous, Optional<Secret> token, @NotBlank String role) {

        public static final Metrics DEFAULTS = new Metrics(null, null, null);

        public Metrics {
            anonymous = anonymous != null && anonymous;
            token = token == null ? Optional.empty() : token;
            role = role == null ? "metrics" : role;
        }
    }

    public enum LogFormat {
        TEXT,
        JSON
    }
}
