package dev.aegis.api.resource;

import dev.aegis.api.API;
import dev.aegis.api.auth.Principal;
import java.util.Map;

/**
 * A read-only view a plugin publishes through the gateway's API at {@code GET /v1/{name}}, e.g. a
 * budget pack's spend and limits. Any plugin instance (a pipeline node, a guardrail, a hook) may
 * implement it besides its own contract; the gateway mounts it after authentication.
 */
@API(status = API.Status.EXPERIMENTAL)
public interface PublishedResource {

    /** The path segment, kebab-case and unique across the gateway, e.g. {@code budgets}. */
    String resourceName();

    /**
     * The resource as {@code principal} may see it, as a JSON document.
     *
     * @param query the request's query parameters (first value of each)
     * @throws dev.aegis.api.AegisException with code {@code forbidden} or {@code not_found} to refuse
     */
    String render(Principal principal, Map<String, String> query);
}
