package dev.aegis.kernel.plan;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * A route with every name resolved to a created instance, ready to be compiled into a graph:
 * ingress steps, an optional router, the execute stage, egress steps.
 *
 * @param models the model names clients use to select this route
 * @param access who may use it
 * @param tools tools the gateway calls on the model's behalf, between calls to the model
 * @param captureContent whether traces of this route carry the text the model saw and wrote, as the
 *     ingress steps left it and before any egress step changes it
 */
public record RoutePlan(
        String name,
        List<String> models,
        List<Step> ingress,
        Optional<Step> router,
        ExecutePlan execute,
        List<Step> egress,
        Durability durability,
        Access access,
        Optional<ToolsPlan> tools,
        boolean captureContent) {

    public RoutePlan {
        requireNonNull(name, "name");
        models = List.copyOf(models);
        ingress = List.copyOf(ingress);
        requireNonNull(router, "router");
        requireNonNull(execute, "execute");
        egress = List.copyOf(egress);
        requireNonNull(durability, "durability");
        requireNonNull(access, "access");
        requireNonNull(tools, "tools");
    }

    /** A route without tools of its own. */
    public RoutePlan(String name, List<String> models, List<Step> ingress, Optional<Step> router, ExecutePlan execute, List<Step> egress,
            Durability durability, Access access) {
        this(name, models, ingress, router, execute, egress, durability, access, Optional.empty(), false);
    }

    /** A route whose traces carry no content. */
    public RoutePlan(String name, List<String> models, List<Step> ingress, Optional<Step> router, ExecutePlan execute, List<Step> egress,
            Durability durability, Access access, Optional<ToolsPlan> tools) {
        this(name, models, ingress, router, execute, egress, durability, access, tools, false);
    }

    /** A route everyone authenticated may use. */
    public RoutePlan(String name, List<String> models, List<Step> ingress, Optional<Step> router, ExecutePlan execute, List<Step> egress, Durability durability) {
        this(name, models, ingress, router, execute, egress, durability, Access.EVERYONE, Optional.empty(), false);
    }
}
