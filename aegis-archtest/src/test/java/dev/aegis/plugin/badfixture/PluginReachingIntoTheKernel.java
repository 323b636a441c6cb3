package dev.aegis.plugin.badfixture;

import dev.aegis.kernel.config.ConfigException;

/** Fixture: a plugin using a kernel class, which its class loader would not even see. */
public final class PluginReachingIntoTheKernel {

    public RuntimeException misconfigured() {
        return ConfigException.of("threshold", "must be at most 1");
    }
}
