package dev.aegis.server.internal;

import dev.aegis.api.auth.Authenticator;
import dev.aegis.api.auth.Principal;
import dev.aegis.runtime.CompiledRoute;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The compiled routes, indexed by the model names that select them, and who may use them. */
public final class Gateway {

    private final Map<String, CompiledRoute> routes;
    private final Map<String, CompiledRoute> byModel = new LinkedHashMap<>();
    private final List<Authenticator> authenticators;

    public Gateway(Map<String, CompiledRoute> routes, List<Authenticator> authenticators) {
        this.routes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(routes));
        this.authenticators = List.copyOf(authenticators);
        routes.values().forEach(route -> route.plan().models().forEach(model -> byModel.put(model, route)));
    }

    /** The route a model name selects, if this principal may use it. */
    public CompiledRoute routeForModel(String model, Principal principal) {
        CompiledRoute route = byModel.get(model);
        if (route == null) {
            throw ApiError.notFound("model_not_found", "The model '" + model + "' does not exist or you do not have access to it.");
        }
        return admitted(route, principal);
    }

    public CompiledRoute route(String name, Principal principal) {
        CompiledRoute route = routes.get(name);
        if (route == null) {
            throw ApiError.notFound("route_not_found", "No route named '" + name + "'.");
        }
        return admitted(route, principal);
    }

    /** A route by name, whoever asks: for approvers deciding about a run that paused on it. */
    public java.util.Optional<CompiledRoute> routeNamed(String name) {
        return java.util.Optional.ofNullable(routes.get(name));
    }

    /** Model names this principal may use, with the route each selects, in configuration order. */
    public Map<String, CompiledRoute> modelsFor(Principal principal) {
        Map<String, CompiledRoute> visible = new LinkedHashMap<>();
        byModel.forEach((model, route) -> {
            if (route.plan().access().admits(principal)) {
                visible.put(model, route);
            }
        });
        return visible;
    }

    public List<CompiledRoute> routesFor(Principal principal) {
        return byModel.values().stream().distinct().filter(route -> route.plan().access().admits(principal)).toList();
    }

    /** Every route's name, in configuration order. */
    public List<String> routeNames() {
        return List.copyOf(routes.keySet());
    }

    public List<Authenticator> authenticators() {
        return authenticators;
    }

    private static CompiledRoute admitted(CompiledRoute route, Principal principal) {
        if (!route.plan().access().admits(principal)) {
            throw ApiError.forbidden("route_forbidden", "You are not allowed to use the route '" + route.name() + "'.");
        }
        return route;
    }
}
