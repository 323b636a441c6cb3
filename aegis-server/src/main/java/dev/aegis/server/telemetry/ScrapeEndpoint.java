package dev.aegis.server.telemetry;

import dev.aegis.api.telemetry.MetricsScrape;
import io.helidon.http.HeaderNames;
import io.helidon.http.Method;
import io.helidon.http.Status;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.logging.Level;
import java.util.logging.Logger;

/** A pull exporter's scrape on the gateway's port: metrics collected at the request, rendered by the exporter. */
record ScrapeEndpoint(String path, MetricsScrape exporter, ScrapeReader reader) {

    private static final Logger LOG = Logger.getLogger(ScrapeEndpoint.class.getName());

    void handle(ServerRequest request, ServerResponse response) {
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

    /** An unauthenticated scrape, answered ahead of the authentication filter. */
    void filter(FilterChain chain, RoutingRequest request, RoutingResponse response) {
        if (request.prologue().method() == Method.GET && request.path().path().equals(path)) {
            handle(request, response);
        } else {
            chain.proceed();
        }
    }
}
