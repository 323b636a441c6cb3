package dev.aegis.server.internal;

import dev.aegis.api.auth.Credentials;
import dev.aegis.api.auth.Principal;
import io.helidon.http.Header;
import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;
import io.helidon.webserver.http.ServerRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Resolves the caller before anything else runs: the authenticators are asked in order, and a
 * request none of them accepts is answered 401. Health and the API description are public.
 */
public final class AuthFilter implements Filter {

    private static final Set<String> PUBLIC = Set.of("/healthz", "/readyz", "/openapi.json");

    private final Gateway gateway;

    /** Asks the gateway's authenticators of the moment: a reload may replace them. */
    public AuthFilter(Gateway gateway) {
        this.gateway = gateway;
    }

    @Override
    public void filter(FilterChain chain, RoutingRequest request, RoutingResponse response) {
        if (PUBLIC.contains(request.path().path())) {
            chain.proceed();
            return;
        }
        Optional<Principal> principal = authenticate(credentials(request));
        if (principal.isEmpty()) {
            Responses.error(response, ApiError.unauthorized());
            return;
        }
        request.context().register(principal.get());
        chain.proceed();
    }

    public static Principal principal(ServerRequest request) {
        return request.context().get(Principal.class).orElseThrow(ApiError::unauthorized);
    }

    /** The first principal an authenticator resolves from these credentials (also for stdio MCP, which has no headers). */
    public Optional<Principal> authenticate(Credentials credentials) {
        return gateway.authenticate(credentials);
    }

    private static Credentials credentials(RoutingRequest request) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (Header header : request.headers()) {
            headers.computeIfAbsent(header.name(), name -> new ArrayList<>()).addAll(header.allValues());
        }
        return new Credentials(headers);
    }
}
