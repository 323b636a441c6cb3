package dev.aegis.server.telemetry;

import dev.aegis.api.telemetry.GaugeSource;
import dev.aegis.api.telemetry.MetricsScrape;
import dev.aegis.api.telemetry.Signal;
import dev.aegis.api.telemetry.TelemetryExporter;
import dev.aegis.kernel.config.ConfigException;
import dev.aegis.runtime.RouteCompiler;
import dev.aegis.server.ObservabilityConfig;
import io.helidon.webserver.http.HttpRouting;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.common.AttributesBuilder;
import io.opentelemetry.api.metrics.Meter;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.propagation.ContextPropagators;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.OpenTelemetrySdkBuilder;
import io.opentelemetry.sdk.metrics.SdkMeterProvider;
import io.opentelemetry.sdk.metrics.SdkMeterProviderBuilder;
import io.opentelemetry.sdk.metrics.export.PeriodicMetricReader;
import io.opentelemetry.sdk.resources.Resource;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.SdkTracerProviderBuilder;
import io.opentelemetry.sdk.trace.export.BatchSpanProcessor;
import io.opentelemetry.sdk.trace.samplers.Sampler;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one place the OpenTelemetry SDK lives: built from the configured exporter plugins, it hands
 * the runtime and the server an {@link OpenTelemetry} (W3C trace context propagation, no global
 * registration), feeds each exporter neutral records from its own batch span processor and metric
 * reader, and serves the scrapes of pull exporters. Without exporters it is
 * {@link OpenTelemetry#noop()} and installs nothing.
 */
public final class Telemetry implements AutoCloseable {

    static final String SCOPE = "dev.aegis.server";
    /** The scope of gauges plugins report. */
    static final String PLUGIN_SCOPE = "dev.aegis.plugins";
    private static final Logger LOG = Logger.getLogger(Telemetry.class.getName());
    private static final List<String> GATEWAY_PATHS = List.of("/v1/", "/healthz", "/readyz", "/openapi.json", "/mcp");

    private final OpenTelemetry openTelemetry;
    private final OpenTelemetrySdk sdk;
    private final List<TelemetryExporter> exporters;
    private final List<ScrapeEndpoint> scrapes;
    private final boolean tracing;

    private Telemetry(OpenTelemetry openTelemetry, OpenTelemetrySdk sdk, List<TelemetryExporter> exporters, List<ScrapeEndpoint> scrapes, boolean tracing) {
        this.openTelemetry = openTelemetry;
        this.sdk = sdk;
        this.exporters = exporters;
        this.scrapes = scrapes;
        this.tracing = tracing;
    }

    /**
     * @throws ConfigException when a scrape path is not absolute or is one of the gateway's own
     */
    public static Telemetry start(List<TelemetryExporter> exporters, ObservabilityConfig config) {
        if (config.logFormat() == ObservabilityConfig.LogFormat.JSON) {
            JsonLogFormatter.install();
        }
        List<TelemetryExporter> spanExporters = exporters.stream().filter(exporter -> exporter.signals().contains(Signal.TRACES)).toList();
        List<TelemetryExporter> metricExporters = exporters.stream().filter(exporter -> exporter.signals().contains(Signal.METRICS)).toList();
        List<ScrapeEndpoint> scrapes = new ArrayList<>();
        for (TelemetryExporter exporter : exporters) {
            if (exporter instanceof MetricsScrape scrape) {
                scrapes.add(new ScrapeEndpoint(checkedPath(scrape), scrape, new ScrapeReader(), config.metrics()));
            }
        }
        if (spanExporters.isEmpty() && metricExporters.isEmpty() && scrapes.isEmpty()) {
            return new Telemetry(OpenTelemetry.noop(), null, List.of(), List.of(), false);
        }
        Resource resource = Resource.getDefault().merge(Resource.create(Attributes.of(AttributeKey.stringKey("service.name"), config.serviceName())));
        OpenTelemetrySdkBuilder sdk = OpenTelemetrySdk.builder()
                .setPropagators(ContextPropagators.create(W3CTraceContextPropagator.getInstance()));
        if (!spanExporters.isEmpty()) {
            SdkTracerProviderBuilder tracer = SdkTracerProvider.builder()
                    .setResource(resource)
                    .setSampler(Sampler.parentBased(Sampler.traceIdRatioBased(config.sampleRatio())));
            // One processor each: a slow exporter fills its own queue and drops its own spans.
            spanExporters.forEach(exporter -> tracer.addSpanProcessor(BatchSpanProcessor.builder(new SpanBridge(exporter))
                    .setMaxQueueSize(config.spanQueueSize())
                    .setMaxExportBatchSize(Math.min(config.spanBatchSize(), config.spanQueueSize()))
                    .setScheduleDelay(config.spanExportDelay())
                    .build()));
            sdk.setTracerProvider(tracer.build());
        }
        if (!metricExporters.isEmpty() || !scrapes.isEmpty()) {
            SdkMeterProviderBuilder meter = SdkMeterProvider.builder().setResource(resource);
            metricExporters.forEach(exporter -> meter.registerMetricReader(PeriodicMetricReader.builder(new MetricBridge(exporter))
                    .setInterval(exporter.metricsInterval())
                    .build()));
            scrapes.forEach(scrape -> meter.registerMetricReader(scrape.reader()));
            sdk.setMeterProvider(meter.build());
        }
        OpenTelemetrySdk built = sdk.build();
        boolean tracing = !spanExporters.isEmpty();
        return new Telemetry(tracing ? built : withoutTracing(built), built, List.copyOf(exporters), List.copyOf(scrapes), tracing);
    }

    // Without a span exporter the SDK's default tracer would still record every span, for nobody.
    private static OpenTelemetry withoutTracing(OpenTelemetrySdk sdk) {
        return new OpenTelemetry() {
            @Override
            public io.opentelemetry.api.trace.TracerProvider getTracerProvider() {
                return io.opentelemetry.api.trace.TracerProvider.noop();
            }

            @Override
            public io.opentelemetry.api.metrics.MeterProvider getMeterProvider() {
                return sdk.getMeterProvider();
            }

            @Override
            public ContextPropagators getPropagators() {
                return sdk.getPropagators();
            }
        };
    }

    /** What the runtime and the server record through; {@link OpenTelemetry#noop()} without exporters. */
    public OpenTelemetry openTelemetry() {
        return openTelemetry;
    }

    public boolean enabled() {
        return sdk != null;
    }

    /** The compiler, recording through this telemetry when any exporter is configured. */
    public RouteCompiler instrument(RouteCompiler compiler) {
        return enabled() ? compiler.withTelemetry(openTelemetry) : compiler;
    }

    /**
     * Installs the request span and HTTP metrics, and the scrape endpoints. Call before the
     * authentication filter: requests refused with 401 are traced too, and an anonymous scrape or
     * one with the scrape token is answered before authentication is asked for.
     */
    public void register(HttpRouting.Builder routing) {
        if (!enabled()) {
            return;
        }
        routing.addFilter(new RequestSpans(openTelemetry, tracing));
        scrapes.forEach(scrape -> scrape.register(routing));
    }

    /** Observes how many paused runs wait for a decision, by route, each time metrics are collected. */
    public void observePendingApprovals(Supplier<Map<String, Long>> pendingByRoute) {
        if (!enabled()) {
            return;
        }
        AttributeKey<String> route = AttributeKey.stringKey("aegis.route");
        openTelemetry.getMeter(SCOPE).gaugeBuilder("aegis.approvals.pending").ofLongs().setUnit("{run}")
                .setDescription("Paused runs waiting for an approver's decision")
                .buildWithCallback(measurement -> pendingByRoute.get().forEach((name, count) -> measurement.record(count, Attributes.of(route, name))));
    }

    /**
     * Observes the gauges plugin instances report (a budget's headroom), each time metrics are
     * collected. A gauge whose reading fails is skipped for that collection and logged by type only.
     * The gauges are those {@code sources} report now; each collection reads the gauge of that name
     * among the sources of the moment, so that after a reload the new instances answer.
     */
    public void observeGauges(Supplier<List<GaugeSource>> sources) {
        if (!enabled()) {
            return;
        }
        Meter meter = openTelemetry.getMeter(PLUGIN_SCOPE);
        for (GaugeSource source : sources.get()) {
            for (GaugeSource.Gauge gauge : source.gauges()) {
                String name = gauge.name();
                meter.gaugeBuilder(name).setUnit(gauge.unit()).setDescription(gauge.description()).buildWithCallback(measurement -> {
                    List<GaugeSource.Reading> readings = new java.util.ArrayList<>();
                    try {
                        for (GaugeSource current : sources.get()) {
                            for (GaugeSource.Gauge named : current.gauges()) {
                                if (named.name().equals(name)) {
                                    readings.addAll(named.read().get());
                                }
                            }
                        }
                    } catch (RuntimeException e) {
                        LOG.log(Level.WARNING, "reading gauge " + name + " failed: " + e.getClass().getName());
                        return;
                    }
                    for (GaugeSource.Reading reading : readings) {
                        AttributesBuilder attributes = Attributes.builder();
                        reading.attributes().forEach(attributes::put);
                        measurement.record(reading.value(), attributes.build());
                    }
                });
            }
        }
    }

    /** Exports what is still buffered, then lets each exporter flush; the kernel closes the exporters. */
    @Override
    public void close() {
        if (sdk == null) {
            return;
        }
        sdk.shutdown().join(10, TimeUnit.SECONDS);
        for (TelemetryExporter exporter : exporters) {
            try {
                exporter.flush();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "flushing telemetry exporter " + exporter.getClass().getName() + " failed: " + e.getClass().getName());
            }
        }
    }

    private static String checkedPath(MetricsScrape scrape) {
        String path = scrape.path();
        if (!path.startsWith("/") || GATEWAY_PATHS.stream().anyMatch(own -> path.equals(own) || path.startsWith(own.endsWith("/") ? own : own + "/"))) {
            throw ConfigException.of("telemetry", "a metrics scrape path must be absolute and not one of the gateway's own paths: " + path);
        }
        return path;
    }
}
