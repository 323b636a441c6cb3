package dev.aegis.server.telemetry;

import java.util.Optional;

/**
 * The route a request matched, as it was registered ({@code /v1/runs/{id}}): what spans and metrics
 * name it by, never the raw path. Run ids, and the random paths of a scanner, would otherwise each
 * make a time series of their own.
 */
final class HttpRoutes {

    /** The one label of every request that matched no route: unknown paths, and requests refused before routing. */
    static final String UNMATCHED = "unmatched";

    private HttpRoutes() {}

    /** The matched route's template, when routing matched one. */
    static Optional<String> matched(Optional<String> matchingPattern) {
        return matchingPattern.filter(pattern -> !pattern.isEmpty());
    }

    /** The metric label: the matched route's template or {@value #UNMATCHED}. */
    static String label(Optional<String> matchingPattern) {
        return matched(matchingPattern).orElse(UNMATCHED);
    }
}
