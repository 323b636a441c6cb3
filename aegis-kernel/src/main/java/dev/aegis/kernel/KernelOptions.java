package dev.aegis.kernel;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * How to boot the kernel.
 *
 * @param config the {@code aegis.yaml} to load
 * @param pluginDirectory where drop-in plugin jars live; ignored when absent or missing
 * @param sections top-level sections owned by interfaces (name → record), bound strictly like the rest
 * @param environment for {@code AEGIS__…} overrides (and nothing else)
 */
public record KernelOptions(Path config, Optional<Path> pluginDirectory, Map<String, Class<? extends Record>> sections,
        Map<String, String> environment, ClassLoader classLoader, Clock clock) {

    public KernelOptions {
        requireNonNull(config, "config");
        requireNonNull(pluginDirectory, "pluginDirectory");
        sections = Map.copyOf(sections);
        environment = Map.copyOf(environment);
        requireNonNull(classLoader, "classLoader");
        requireNonNull(clock, "clock");
    }

    public static KernelOptions of(Path config) {
        return new KernelOptions(config, Optional.empty(), Map.of(), Map.of(), KernelOptions.class.getClassLoader(), Clock.systemUTC());
    }

    public KernelOptions withPluginDirectory(Path directory) {
        return new KernelOptions(config, Optional.of(directory), sections, environment, classLoader, clock);
    }

    public KernelOptions withSection(String name, Class<? extends Record> type) {
        Map<String, Class<? extends Record>> more = new java.util.HashMap<>(sections);
        more.put(name, type);
        return new KernelOptions(config, pluginDirectory, more, environment, classLoader, clock);
    }

    public KernelOptions withSections(Map<String, Class<? extends Record>> more) {
        KernelOptions options = this;
        for (Map.Entry<String, Class<? extends Record>> section : more.entrySet()) {
            options = options.withSection(section.getKey(), section.getValue());
        }
        return options;
    }

    public KernelOptions withEnvironment(Map<String, String> newEnvironment) {
        return new KernelOptions(config, pluginDirectory, sections, newEnvironment, classLoader, clock);
    }
}
