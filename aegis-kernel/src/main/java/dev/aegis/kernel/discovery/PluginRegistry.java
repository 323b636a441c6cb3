package dev.aegis.kernel.discovery;

import dev.aegis.api.AegisPlugin;
import dev.aegis.api.PluginFactory;
import dev.aegis.kernel.config.ConfigError;
import dev.aegis.kernel.config.ConfigException;
import dev.aegis.kernel.internal.Names;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Every plugin factory found on the gateway's class path and in the plugin directory, by kind and
 * name. Discovery fails on a duplicate or malformed name, naming both origins.
 */
public final class PluginRegistry {

    private static final Logger LOG = Logger.getLogger(PluginRegistry.class.getName());

    private final Map<PluginKind, Map<String, DiscoveredPlugin>> byKind;

    private PluginRegistry(Map<PluginKind, Map<String, DiscoveredPlugin>> byKind) {
        this.byKind = byKind;
    }

    /**
     * Discovers plugins on {@code classLoader}'s class path and in {@code pluginDirectory} (when it
     * exists): each jar directly in it, and each sub-directory holding jars, gets its own class loader
     * that sees only the contracts.
     *
     * @throws ConfigException listing every duplicate or invalid name
     */
    public static PluginRegistry discover(ClassLoader classLoader, Optional<Path> pluginDirectory) {
        List<DiscoveredPlugin> found = new ArrayList<>(load(classLoader, "classpath"));
        pluginDirectory.filter(Files::isDirectory).ifPresent(directory -> {
            ApiOnlyClassLoader parent = new ApiOnlyClassLoader(classLoader);
            for (Path unit : pluginUnits(directory)) {
                found.addAll(load(new URLClassLoader("aegis-plugin:" + unit.getFileName(), jarsOf(unit), parent), unit.toString()));
            }
        });
        return of(found);
    }

    /** A registry of exactly these plugins; for tests and embedding. */
    public static PluginRegistry of(List<DiscoveredPlugin> plugins) {
        Map<PluginKind, Map<String, DiscoveredPlugin>> byKind = new LinkedHashMap<>();
        List<ConfigError> errors = new ArrayList<>();
        for (DiscoveredPlugin plugin : plugins) {
            if (!Names.isKebab(plugin.name())) {
                errors.add(new ConfigError("", plugin.kind().label() + " name '" + plugin.name() + "' from " + plugin.origin()
                        + " is not kebab-case (lower-case words joined by '-')"));
                continue;
            }
            DiscoveredPlugin previous = byKind.computeIfAbsent(plugin.kind(), kind -> new LinkedHashMap<>()).putIfAbsent(plugin.name(), plugin);
            if (previous != null && previous.factory().getClass() != plugin.factory().getClass()) {
                errors.add(new ConfigError("", "two " + plugin.kind().label() + " plugins are named '" + plugin.name() + "': "
                        + previous.factory().getClass().getName() + " from " + previous.origin() + " and "
                        + plugin.factory().getClass().getName() + " from " + plugin.origin()));
            }
        }
        sharedStepNamespace(byKind, errors);
        if (!errors.isEmpty()) {
            throw new ConfigException(errors);
        }
        return new PluginRegistry(byKind);
    }

    public Optional<DiscoveredPlugin> find(PluginKind kind, String name) {
        return Optional.ofNullable(byKind.getOrDefault(kind, Map.of()).get(name));
    }

    public List<DiscoveredPlugin> all() {
        return byKind.values().stream().flatMap(plugins -> plugins.values().stream())
                .sorted(Comparator.comparing((DiscoveredPlugin plugin) -> plugin.kind()).thenComparing(DiscoveredPlugin::name))
                .toList();
    }

    public List<String> names(PluginKind kind) {
        return byKind.getOrDefault(kind, Map.of()).keySet().stream().sorted().toList();
    }

    // A route's stage lists name guardrails and pipeline nodes alike, so one name must mean one thing.
    private static void sharedStepNamespace(Map<PluginKind, Map<String, DiscoveredPlugin>> byKind, List<ConfigError> errors) {
        Map<String, DiscoveredPlugin> nodes = byKind.getOrDefault(PluginKind.PIPELINE_NODE, Map.of());
        byKind.getOrDefault(PluginKind.GUARDRAIL, Map.of()).forEach((name, guard) -> {
            DiscoveredPlugin node = nodes.get(name);
            if (node != null) {
                errors.add(new ConfigError("", "'" + name + "' is both a guardrail (from " + guard.origin()
                        + ") and a pipeline node (from " + node.origin() + "); stage lists could not tell them apart"));
            }
        });
    }

    private static List<DiscoveredPlugin> load(ClassLoader loader, String fallbackOrigin) {
        List<DiscoveredPlugin> found = new ArrayList<>();
        Set<Object> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        try {
            for (AegisPlugin plugin : ServiceLoader.load(AegisPlugin.class, loader)) {
                for (PluginKind kind : PluginKind.values()) {
                    for (PluginFactory<?, ?> factory : kind.factoriesOf(plugin)) {
                        found.add(describe(kind, factory, fallbackOrigin));
                        seen.add(factory);
                    }
                }
            }
            for (PluginKind kind : PluginKind.values()) {
                for (Object factory : ServiceLoader.load(kind.factoryType(), loader)) {
                    if (seen.add(factory)) {
                        found.add(describe(kind, (PluginFactory<?, ?>) factory, fallbackOrigin));
                    }
                }
            }
        } catch (ServiceConfigurationError e) {
            throw ConfigException.of("", "a plugin from " + fallbackOrigin + " could not be loaded: " + e.getMessage());
        }
        return found;
    }

    private static DiscoveredPlugin describe(PluginKind kind, PluginFactory<?, ?> factory, String fallbackOrigin) {
        String name = factory.name();
        if (name == null) {
            throw ConfigException.of("", kind.label() + " factory " + factory.getClass().getName() + " returned a null name");
        }
        if (factory.configType() == null || !factory.configType().isRecord()) {
            throw ConfigException.of("", kind.label() + " '" + name + "' (" + factory.getClass().getName() + ") must declare a record as its config type");
        }
        return new DiscoveredPlugin(kind, name, factory, origin(factory.getClass(), fallbackOrigin));
    }

    private static String origin(Class<?> type, String fallback) {
        if (!"classpath".equals(fallback)) {
            return fallback;
        }
        var source = type.getProtectionDomain().getCodeSource();
        return source == null || source.getLocation() == null ? "classpath" : "classpath:" + source.getLocation().getPath();
    }

    private static List<Path> pluginUnits(Path directory) {
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.filter(entry -> isJar(entry) || (Files.isDirectory(entry) && !jarsIn(entry).isEmpty()))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw ConfigException.of("", "cannot read the plugin directory " + directory + ": " + e.getMessage());
        }
    }

    private static URL[] jarsOf(Path unit) {
        List<Path> jars = isJar(unit) ? List.of(unit) : jarsIn(unit);
        LOG.fine(() -> "plugin " + unit + ": " + jars);
        return jars.stream().map(PluginRegistry::url).toArray(URL[]::new);
    }

    private static List<Path> jarsIn(Path directory) {
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.filter(PluginRegistry::isJar).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static boolean isJar(Path path) {
        return Files.isRegularFile(path) && path.getFileName().toString().endsWith(".jar");
    }

    private static URL url(Path path) {
        try {
            return path.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }
}
