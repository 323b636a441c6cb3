package dev.aegis.kernel.config;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;

/**
 * The kernel's part of {@code aegis.yaml}. Sections registered by interfaces (e.g. {@code server})
 * are bound separately, each to its own record.
 *
 * @param dataDir where plugins keep their files; {@code ./data} by default
 * @param secrets configuration of secret providers by scheme, for those that need any
 * @param auth authenticators, asked in order
 * @param providers model providers by name
 * @param nodes named guardrails and pipeline nodes routes may refer to
 */
public record AegisFile(
        String dataDir,
        Map<String, JsonNode> secrets,
        List<@Valid PluginEntry> auth,
        Map<String, @Valid PluginEntry> providers,
        Map<String, @Valid NodeEntry> nodes,
        Map<String, @Valid RouteConfig> routes,
        List<@Valid PluginEntry> telemetry,
        List<@Valid PluginEntry> hooks,
        Map<String, @Valid PluginEntry> embeddings,
        Map<String, @Valid PluginEntry> vectorStores) {

    public AegisFile {
        dataDir = dataDir == null ? "data" : dataDir;
        secrets = secrets == null ? Map.of() : Map.copyOf(secrets);
        auth = present(auth);
        providers = providers == null ? Map.of() : ordered(providers);
        nodes = nodes == null ? Map.of() : ordered(nodes);
        routes = routes == null ? Map.of() : ordered(routes);
        telemetry = present(telemetry);
        hooks = present(hooks);
        embeddings = embeddings == null ? Map.of() : ordered(embeddings);
        vectorStores = vectorStores == null ? Map.of() : ordered(vectorStores);
    }

    // Entries the kernel already reported as broken arrive as nulls.
    private static <T> List<T> present(List<T> entries) {
        return entries == null ? List.of() : entries.stream().filter(java.util.Objects::nonNull).toList();
    }

    // Keeps the file's order (Map.copyOf would not): routes and providers list in the order written.
    private static <V> Map<String, V> ordered(Map<String, V> map) {
        return java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(map));
    }
}
