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
        java.nio.file.Path dataDirectory) {

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
    }

    /** A registered section's record; its defaults when the file omitted it. */
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
