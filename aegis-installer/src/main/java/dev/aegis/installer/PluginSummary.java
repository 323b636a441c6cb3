package dev.aegis.installer;

import static java.util.Objects.requireNonNull;

import dev.aegis.kernel.discovery.DiscoveredPlugin;

/** A plugin an installed unit provides, as discovery saw it: kind label and name, e.g. guardrail block-competitors. */
public record PluginSummary(String kind, String name) {

    public PluginSummary {
        requireNonNull(kind, "kind");
        requireNonNull(name, "name");
    }

    static PluginSummary of(DiscoveredPlugin plugin) {
        return new PluginSummary(plugin.kind().label(), plugin.name());
    }
}
