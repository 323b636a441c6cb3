package dev.aegis.server.internal;

import io.helidon.http.HeaderNames;
import io.helidon.http.Method;
import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;
import java.util.Optional;

/**
 * Admits API requests: each one leases the configuration generation it starts on for as long as it
 * runs (its response streamed included), so that a reload closes the plugins it replaced only after
 * their last run; once the gateway drains, new API requests are refused with 503 {@code shutting_down}
 * and a {@code Retry-After}, while those admitted before finish. Health, the API description and
 * metrics are neither leased nor refused, and neither is an MCP client's listening stream, which
 * runs no route and may stay open for hours.
 */
public final class Admission implements Filter {

    /** Seconds a refused client is told to wait: time for a load balancer to see readiness fall and pick another instance. */
    static final int RETRY_AFTER_SECONDS = 1;

    private final Generations<?> generations;
    private final String mcpPath;
    private volatile boolean draining;

    public Admission(Generations<?> generations, String mcpPath) {
        this.generations = generations;
        this.mcpPath = mcpPath;
    }

    /** Refuses every API request from now on. */
    public void drain() {
        draining = true;
    }

    public boolean draining() {
        return draining;
    }

    @Override
    public void filter(FilterChain chain, RoutingRequest request, RoutingResponse response) {
        String path = request.path().path();
        boolean mcp = path.equals(mcpPath);
        if (!(path.startsWith("/v1/") || mcp) || (mcp && request.prologue().method() == Method.GET)) {
            chain.proceed();
            return;
        }
        if (draining) {
            response.header(HeaderNames.RETRY_AFTER, Integer.toString(RETRY_AFTER_SECONDS));
            Responses.error(response, new ApiError(503, "server_error", "shutting_down",
                    "The gateway is shutting down and takes no new requests; retry on another instance.", Optional.empty()));
            return;
        }
        try (Generations<?>.Lease lease = generations.acquire()) {
            chain.proceed();
        }
    }
}
