package dev.aegis.plugin.prometheus;

import jakarta.validation.constraints.Pattern;

/**
 * Configuration of the {@code prometheus} exporter.
 *
 * @param path where the gateway serves the scrape, on its own port
 * @param authenticated whether a scraper must authenticate even where the gateway allows anonymous
 *     scrapes ({@code observability.metrics.anonymous}); the gateway authenticates scrapes by default
 *     (a scrape token or the metrics role), so this matters only there
 */
public record PrometheusConfig(@Pattern(regexp = "/[A-Za-z0-9._~/-]*", message = "must be an absolute path") String path, Boolean authenticated) {

    public PrometheusConfig {
        path = path == null ? "/metrics" : path;
        authenticated = authenticated != null && authenticated;
    }
}
