package dev.aegis.kernel.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aegis.api.PluginFactory;
import dev.aegis.kernel.config.ConfigError;
import dev.aegis.kernel.config.ConfigException;
import dev.aegis.kernel.discovery.DiscoveredPlugin;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Creates plugin instances from configuration entries, collecting every problem with its path
 * instead of stopping at the first, and remembering what it created so it can be closed.
 */
public final class Instantiator {

    private final RecordBinder binder;
    private final Path dataDirectory;
    private final Clock clock;
    private final List<ConfigError> errors = new ArrayList<>();
    private final List<AutoCloseable> created = new ArrayList<>();
    private final Map<Class<?>, Map<String, Object>> shared = new java.util.concurrent.ConcurrentHashMap<>();

    public Instantiator(RecordBinder binder, Path dataDirectory, Clock clock) {
        this.binder = binder;
        this.dataDirectory = dataDirectory;
        this.clock = clock;
    }

    /**
     * Binds {@code config} to the plugin's record and creates the instance.
     *
     * @param path the entry's path; config errors are reported under {@code path.config}
     * @return empty when anything failed (the failure is recorded)
     */
    public <T> Optional<T> create(DiscoveredPlugin plugin, Optional<JsonNode> config, String path, String instanceName, Map<String, String> labels, Class<T> expected) {
        try {
            Object instance = createUnchecked(plugin.factory(), config.orElse(null), Names.child(path, "config"), instanceName, labels);
            if (instance == null) {
                errors.add(new ConfigError(path, plugin.kind().label() + " '" + plugin.name() + "' (from " + plugin.origin() + ") created nothing: its factory returned null"));
                return Optional.empty();
            }
            if (instance instanceof AutoCloseable closeable) {
                created.add(closeable);
            }
            T typed = expected.cast(instance);
            shared.computeIfAbsent(expected, type -> java.util.Collections.synchronizedMap(new java.util.LinkedHashMap<>())).putIfAbsent(instanceName, typed);
            return Optional.of(typed);
        } catch (ConfigException e) {
            errors.addAll(e.errors());
        } catch (RuntimeException e) {
            errors.add(new ConfigError(path, plugin.kind().label() + " '" + plugin.name() + "' could not start: " + describe(e)));
        }
        return Optional.empty();
    }

    /** Makes instances another load created findable by lookup here, without owning them (they are not closed with this load). */
    public <T> Map<String, T> carry(Class<T> contract, Map<String, T> instances) {
        Map<String, Object> known = shared.computeIfAbsent(contract, type -> java.util.Collections.synchronizedMap(new java.util.LinkedHashMap<>()));
        instances.forEach(known::putIfAbsent);
        return new java.util.LinkedHashMap<>(instances);
    }

    public void error(String path, String message) {
        errors.add(new ConfigError(path, message));
    }

    public void errors(List<ConfigError> more) {
        errors.addAll(more);
    }

    public List<ConfigError> errors() {
        return List.copyOf(errors);
    }

    public List<AutoCloseable> created() {
        return List.copyOf(created);
    }

    public RecordBinder binder() {
        return binder;
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    private <C extends Record> Object createUnchecked(PluginFactory<C, ?> factory, JsonNode config, String path, String instanceName, Map<String, String> labels) {
        C bound = binder.bind(config, factory.configType(), path);
        return factory.create(bound, new SimplePluginContext(instanceName, labels, dataDirectory.resolve(instanceName), clock, this::lookup));
    }

    /** The instances created so far as {@code contract}, by entry name, in creation order: what {@link dev.aegis.api.PluginContext#lookup} finds. */
    public Map<String, Object> createdAs(Class<?> contract) {
        Map<String, Object> instances = shared.get(contract);
        if (instances == null) {
            return Map.of();
        }
        synchronized (instances) {
            return java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(instances));
        }
    }

    private Map<String, Object> lookup(Class<?> contract) {
        return createdAs(contract);
    }

    private static String describe(RuntimeException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
