package dev.aegis.api.telemetry;

import dev.aegis.api.API;

/** A kind of telemetry an exporter takes. */
@API(status = API.Status.EXPERIMENTAL)
public enum Signal {
    /** Finished spans: one trace per request, a span per pipeline step and provider call. */
    TRACES,
    /** Counters, gauges and histograms, pushed periodically. */
    METRICS
}
