package dev.aegis.server.telemetry;

import dev.aegis.api.auth.Principal;
import dev.aegis.api.telemetry.MetricsScrape;
import dev.aegis.server.ObservabilityConfig;
import dev.aegis.server.internal.ApiError;
import dev.aegis.server.internal.Responses;
import io.helidon.http.HeaderNames;
import io.helidon.http.Method;
import io.helidon.http.Status;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A pull exporter's scrape on the gateway's port: metrics collected at the request, rendered by the
 * exporter. Answered to a scraper that sends the scrape token, to a principal with the metrics role
 * (or {@code admin}), or to anyone when the scrape is configured anonymous.
 */
record ScrapeEndpoint(String path, MetricsScrape exporter, ScrapeReader reader, ObservabilityConfig.Metrics access) {

    private static final Logger LOG = Logger.getLogger(ScrapeEndpoint.class.getName());
    private static final String ADMIN = "admin";
    private static final String BEARER = "Bearer ";

    /** Installs the scrape: call before the authentication filter, which then sees only scrapes without the token. */
    void register(HttpRouting.Builder routing) {
        routing.addFilter(this::beforeAuthentication);
        routing.get(path, this::authenticated);
    }

    // Anonymous scrapes and the scrape token are answered before authentication is asked for.
    private void beforeAuthentication(FilterChain chain, RoutingRequest request, RoutingResponse response) {
        if (request.prologue().method() == Method.GET && request.path().path().equals(path)
                && ((access.anonymous() && !exporter.authenticated()) || presentsToken(request))) {
            // answered ahead of routing: named by its route all the same in the HTTP metrics
            request.matchingPattern(path);
            handle(response);
        } else {
            chain.proceed();
        }
    }

    private void authenticated(ServerRequest request, ServerResponse response) {
        Optional<Principal> principal = request.context().get(Principal.class);
        if (principal.isEmpty()) {
            Responses.error(response, ApiError.unauthorized());
        } else if (principal.get().hasRole(access.role()) || principal.get().hasRole(ADMIN)) {
            handle(response);
        } else {
            Responses.error(response, ApiError.forbidden("role_required",
                    "Reading the metrics needs the role '" + access.role() + "' (or admin), or the scrape token."));
        }
    }

    private boolean presentsToken(RoutingRequest request) {
        if (access.token().isEmpty()) {
            return false;
        }
        Optional<String> authorization = request.headers().first(HeaderNames.AUTHORIZATION);
        return authorization.filter(value -> value.regionMatches(true, 0, BEARER, 0, BEARER.length()))
                .map(value -> access.token().get().matches(value.substring(BEARER.length()).trim()))
                .orElse(false);
    }

    private void handle(ServerResponse response) {
        byte[] body;
        try {
            body = exporter.render(reader.collect());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "metrics scrape of " + exporter.getClass().getName() + " failed: " + e.getClass().getName());
            response.status(Status.INTERNAL_SERVER_ERROR_500).send();
            return;
        }
        response.header(HeaderNames.CONTENT_TYPE, exporter.contentType());
        response.header(HeaderNames.CACHE_CONTROL, "no-store");
        response.send(body);
    }
}
