package dev.aegis.server.internal;

import dev.aegis.api.AegisException;
import dev.aegis.api.auth.Principal;
import dev.aegis.api.resource.PublishedResource;
import io.helidon.webserver.http.Handler;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/** {@code GET /v1/{name}} for a resource a plugin publishes; the plugin decides what the caller may see. */
public final class ResourceHandler implements Handler {

    private static final Logger LOG = Logger.getLogger(ResourceHandler.class.getName());

    private final String name;
    private final Function<String, Optional<PublishedResource>> resources;

    /** @param resources the resources published now, by name: a reload may replace the instance that publishes one */
    public ResourceHandler(String name, Function<String, Optional<PublishedResource>> resources) {
        this.name = name;
        this.resources = resources;
    }

    @Override
    public void handle(ServerRequest request, ServerResponse response) {
        Optional<PublishedResource> published = resources.apply(name);
        if (published.isEmpty()) {
            Responses.error(response, ApiError.notFound("resource_not_found", "No resource named '" + name + "' is published any more."));
            return;
        }
        PublishedResource resource = published.get();
        try {
            Principal principal = AuthFilter.principal(request);
            Map<String, String> query = new LinkedHashMap<>();
            request.query().names().forEach(name -> query.put(name, request.query().get(name)));
            Responses.json(response, 200, resource.render(principal, query).getBytes(StandardCharsets.UTF_8));
        } catch (ApiError error) {
            Responses.error(response, error);
        } catch (AegisException refused) {
            Responses.error(response, ApiError.refusal(refused));
        } catch (RuntimeException failed) {
            LOG.log(Level.WARNING, "resource '" + resource.resourceName() + "' failed", failed);
            Responses.error(response, new ApiError(500, "server_error", "resource_failed",
                    "The resource '" + resource.resourceName() + "' could not be rendered.", Optional.empty()));
        }
    }
}
