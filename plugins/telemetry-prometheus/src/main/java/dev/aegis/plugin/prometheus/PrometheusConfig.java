package dev.aegis.plugin.prometheus;

import jakarta.validation.constraints.Pattern;

/**
 * Configuration of the {@code prometheus} exporter.
 *
 * @param path where the gateway serves the scrape, on its own port
 * @param authenticated whether a scraper must authenticate like any client; off by default, as
 *     scrapers usually cannot, and the metrics carry no message text, secrets or end-user ids
 */
public record PrometheusConfig(@Pattern(regexp = "/[A-Za-z0-9._~/-]*", message = "must be an absolute path") String path, Boolean authenticated) {

    public PrometheusConfig {
        path = path == null ? "/metrics" : path;
        authenticated = authenticated != null && authenticated;
    }
}
