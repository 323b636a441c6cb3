package dev.aegis.server;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import java.time.Duration;

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
 */
public record ObservabilityConfig(
        @NotBlank String serviceName,
        @DecimalMin("0") @DecimalMax("1") Double sampleRatio,
        LogFormat logFormat,
        @Positive Integer spanQueueSize,
        @Positive Integer spanBatchSize,
        Duration spanExportDelay) {

    /** The section's name in {@code aegis.yaml}. */
    public static final String SECTION = "observability";

    public static final ObservabilityConfig DEFAULTS = new ObservabilityConfig(null, null, null, null, null, null);

    public ObservabilityConfig {
        serviceName = serviceName == null ? "aegis" : serviceName;
        sampleRatio = sampleRatio == null ? 1.0 : sampleRatio;
        logFormat = logFormat == null ? LogFormat.TEXT : logFormat;
        spanQueueSize = spanQueueSize == null ? 4096 : spanQueueSize;
        spanBatchSize = spanBatchSize == null ? 512 : spanBatchSize;
        spanExportDelay = spanExportDelay == null ? Duration.ofSeconds(2) : spanExportDelay;
        if (spanExportDelay.isNegative() || spanExportDelay.isZero()) {
            throw new IllegalArgumentException("span-export-delay must be positive");
        }
    }

    public enum LogFormat {
        TEXT,
        JSON
    }
}
