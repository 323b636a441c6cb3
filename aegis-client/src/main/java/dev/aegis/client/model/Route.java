package dev.aegis.client.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A route the caller may use, with its stages: ingress steps, the router, providers, egress steps. */
public record Route(
        String name,
        List<String> models,
        List<String> ingress,
        Optional<String> route,
        List<String> providers,
        List<String> egress,
        Durability durability) {

    public Route {
        Objects.requireNonNull(name, "name");
        models = List.copyOf(Objects.requireNonNullElse(models, List.of()));
        ingress = List.copyOf(Objects.requireNonNullElse(ingress, List.of()));
        route = Objects.requireNonNullElse(route, Optional.empty());
        providers = List.copyOf(Objects.requireNonNullElse(providers, List.of()));
        egress = List.copyOf(Objects.requireNonNullElse(egress, List.of()));
        Objects.requireNonNull(durability, "durability");
    }
}
