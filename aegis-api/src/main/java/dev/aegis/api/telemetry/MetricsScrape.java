package dev.aegis.api.telemetry;

import dev.aegis.api.API;
import java.util.List;

/**
 * A {@link TelemetryExporter} that is asked for metrics rather than sent them (Prometheus): the
 * gateway serves {@link #path()} on its own port and, at each request, collects every metric's
 * current value and lets the exporter render it.
 */
@API(status = API.Status.EXPERIMENTAL)
public interface MetricsScrape {

    /** The path to serve, e.g. {@code /metrics}; must not clash with the gateway's own. */
    String path();

    /**
     * Whether a scraper must authenticate even where the gateway's configuration allows anonymous
     * scrapes. The gateway authenticates scrapes by default (a scrape token, or a principal with the
     * metrics role): the metrics hold no message text, secrets or end-user ids, but they do show
     * routes, providers, models, teams and each team's remaining budget.
     */
    boolean authenticated();

    /** The media type of {@link #render}'s output, e.g. {@code text/plain; version=0.0.4}. */
    String contentType();

    /** The metrics as the scraper reads them, collected just now. */
    byte[] render(List<MetricSnapshot> metrics);
}
