package dev.aegis.kernel;

import dev.aegis.api.auth.Authenticator;
import dev.aegis.api.resource.PublishedResource;
import dev.aegis.api.telemetry.TelemetryExporter;
import dev.aegis.api.vector.EmbeddingProvider;
import dev.aegis.api.vector.VectorStoreProvider;
import dev.aegis.kernel.plan.Hooks;
import dev.aegis.kernel.plan.ProviderBinding;
import dev.aegis.kernel.plan.RoutePlan;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * Everything a loaded configuration created: routes ready to compile, and the instances the
 * interfaces use directly. Maps keep the order of the file.
 *
 * @param sections the sections interfaces registered (e.g. {@code server}), bound to their records
 * @param resources what plugin instances publish through the API, by name
 * @param dataDirectory where state kept on disk goes ({@code data-dir})
 * @param instances every plugin instance the file created, for facets interfaces look for
 */
public record Assembly(
        Map<String, RoutePlan> routes,
        Map<String, ProviderBinding> providers,
        List<Authenticator> authenticators,
        List<TelemetryExporter> telemetry,
        Hooks hooks,
        Map<String, EmbeddingProvider> embeddings,
        Map<String, VectorStoreProvider> vectorStores,
        Map<String, Record> sections,
        Map<String, PublishedResource> resources,
        java.nio.file.Path dataDirectory,
        List<Object> instances) {

    public Assembly {
        routes = ordered(routes);
        providers = ordered(providers);
        authenticators = List.copyOf(authenticators);
        telemetry = List.copyOf(telemetry);
        embeddings = ordered(embeddings);
        vectorStores = ordered(vectorStores);
        sections = Map.copyOf(sections);
        resources = ordered(resources);
        java.util.Objects.requireNonNull(dataDirectory, "dataDirectory");
        instances = List.copyOf(instances);
    }

    /** Every created plugin instance that also is a {@code type} (a facet such as a gauge source), once each. */
    public <T> List<T> instancesOf(Class<T> type) {
        return instances.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** A registered section's record, or {@code fallback} when the section was not registered. */
    public <T extends Record> T sectionOr(String name, Class<T> type, T fallback) {
        Record section = sections.get(name);
        return section == null ? fallback : type.cast(section);
    }

    public <T extends Record> T section(String name, Class<T> type) {
        Record section = sections.get(name);
        if (section == null) {
            throw new NoSuchElementException("no configuration section '" + name + "' was registered");
        }
        return type.cast(section);
    }

    private static <V> Map<String, V> ordered(Map<String, V> map) {
        return java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(map));
    }
}
