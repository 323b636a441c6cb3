package dev.aegis.server.internal;

import dev.aegis.api.auth.Authenticator;
import dev.aegis.api.auth.Credentials;
import dev.aegis.api.auth.Principal;
import dev.aegis.runtime.CompiledRoute;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The compiled routes, indexed by the model names that select them, and who may use them. A reload
 * {@link #swap}s them all at once: each lookup reads one volatile reference and takes no lock, and a
 * run keeps the route it looked up to its end.
 */
public final class Gateway {

    private volatile Plan plan;

    public Gateway(Map<String, CompiledRoute> routes, List<Authenticator> authenticators) {
        this.plan = new Plan(routes, authenticators);
    }

    /** Makes these routes and authenticators the ones every later lookup sees. */
    public void swap(Map<String, CompiledRoute> routes, List<Authenticator> authenticators) {
        plan = new Plan(routes, authenticators);
    }

    /** The route a model name selects, if this principal may use it. */
    public CompiledRoute routeForModel(String model, Principal principal) {
        CompiledRoute route = plan.byModel.get(model);
        if (route == null) {
            throw ApiError.notFound("model_not_found", "The model '" + model + "' does not exist or you do not have access to it.");
        }
        return admitted(route, principal);
    }

    public CompiledRoute route(String name, Principal principal) {
        CompiledRoute route = plan.routes.get(name);
        if (route == null) {
            throw ApiError.notFound("route_not_found", "No route named '" + name + "'.");
        }
        return admitted(route, principal);
    }

    /** A route by name, whoever asks: for approvers deciding about a run that paused on it. */
    public Optional<CompiledRoute> routeNamed(String name) {
        return Optional.ofNullable(plan.routes.get(name));
    }

    /** Model names this principal may use, with the route each selects, in configuration order. */
    public Map<String, CompiledRoute> modelsFor(Principal principal) {
        Map<String, CompiledRoute> visible = new LinkedHashMap<>();
        plan.byModel.forEach((model, route) -> {
            if (route.plan().access().admits(principal)) {
                visible.put(model, route);
            }
        });
        return visible;
    }

    public List<CompiledRoute> routesFor(Principal principal) {
        return plan.byModel.values().stream().distinct().filter(route -> route.plan().access().admits(principal)).toList();
    }

    /** Every route's name, in configuration order. */
    public List<String> routeNames() {
        return List.copyOf(plan.routes.keySet());
    }

    public List<Authenticator> authenticators() {
        return plan.authenticators;
    }

    /** The first principal the current authenticators resolve from these credentials. */
    public Optional<Principal> authenticate(Credentials credentials) {
        return plan.asked.authenticate(credentials);
    }

    private static CompiledRoute admitted(CompiledRoute route, Principal principal) {
        if (!route.plan().access().admits(principal)) {
            throw ApiError.forbidden("route_forbidden", "You are not allowed to use the route '" + route.name() + "'.");
        }
        return route;
    }

    private static final class Plan {

        final Map<String, CompiledRoute> routes;
        final Map<String, CompiledRoute> byModel = new LinkedHashMap<>();
        final List<Authenticator> authenticators;
        final Authenticators asked;

        Plan(Map<String, CompiledRoute> routes, List<Authenticator> authenticators) {
            this.routes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(routes));
            this.authenticators = List.copyOf(authenticators);
            this.asked = new Authenticators(authenticators);
            routes.values().forEach(route -> route.plan().models().forEach(model -> byModel.put(model, route)));
        }
    }
}
