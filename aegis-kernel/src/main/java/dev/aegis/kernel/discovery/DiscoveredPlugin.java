package dev.aegis.kernel.discovery;

import static java.util.Objects.requireNonNull;

import dev.aegis.api.PluginFactory;

/**
 * A factory the kernel found, and where.
 *
 * @param origin the jar or directory it came from, e.g. {@code classpath:/…/aegis-provider-mock.jar}
 *     or {@code plugins/block-competitors/block-competitors-1.0.jar}
 */
public record DiscoveredPlugin(PluginKind kind, String name, PluginFactory<?, ?> factory, String origin) {

    public DiscoveredPlugin {
        requireNonNull(kind, "kind");
        requireNonNull(name, "name");
        requireNonNull(factory, "factory");
        requireNonNull(origin, "origin");
    }
}
