package dev.aegis.kernel.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aegis.api.auth.Authenticator;
import dev.aegis.api.hook.LifecycleHook;
import dev.aegis.api.model.ModelProvider;
import dev.aegis.api.resource.PublishedResource;
import dev.aegis.api.state.Target;
import dev.aegis.api.telemetry.TelemetryExporter;
import dev.aegis.api.tool.ToolSource;
import dev.aegis.api.vector.EmbeddingProvider;
import dev.aegis.api.vector.VectorStoreProvider;
import dev.aegis.kernel.Assembly;
import dev.aegis.kernel.config.AegisFile;
import dev.aegis.kernel.config.PluginEntry;
import dev.aegis.kernel.config.RouteConfig;
import dev.aegis.kernel.config.ToolsConfig;
import dev.aegis.kernel.discovery.DiscoveredPlugin;
import dev.aegis.kernel.discovery.PluginKind;
import dev.aegis.kernel.discovery.PluginRegistry;
import dev.aegis.kernel.plan.Access;
import dev.aegis.kernel.plan.EmbedderBinding;
import dev.aegis.kernel.plan.ExecutePlan;
import dev.aegis.kernel.plan.Hooks;
import dev.aegis.kernel.plan.ProviderBinding;
import dev.aegis.kernel.plan.RoutePlan;
import dev.aegis.kernel.plan.Step;
import dev.aegis.kernel.plan.ToolPinning;
import dev.aegis.kernel.plan.ToolsPlan;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Turns a bound {@link AegisFile} into an {@link Assembly}, recording every problem in the instantiator. */
public final class Assembler {

    private final PluginRegistry registry;
    private final Instantiator instantiator;
    private final Map<String, String> environment;

    public Assembler(PluginRegistry registry, Instantiator instantiator, Map<String, String> environment) {
        this.registry = registry;
        this.instantiator = instantiator;
        this.environment = environment;
    }

    /** Creates everything the file describes; check {@link Instantiator#errors()} afterwards. */
    public Assembly assemble(AegisFile file, Map<String, Record> sections) {
        return assemble(file, sections, Optional.empty());
    }

    /**
     * Creates everything the file describes but, when {@code carried} is present, takes its embedders,
     * vector stores and telemetry exporters instead of creating them again (a reload of a file whose
     * sections for them did not change: they hold indexes and exporters that must stay single).
     */
    public Assembly assemble(AegisFile file, Map<String, Record> sections, Optional<Assembly> carried) {
        Map<String, PluginEntry> enabled = enabledOnly(file.providers());
        // Embedders first, then vector stores, then providers and nodes: each may look up those made before it.
        Map<String, EmbeddingProvider> embeddings = carried.isPresent()
                ? instantiator.carry(EmbeddingProvider.class, carried.get().embeddings())
                : named(enabledOnly(file.embeddings()), "embeddings", PluginKind.EMBEDDING_PROVIDER, EmbeddingProvider.class);
        Map<String, VectorStoreProvider> vectorStores = carried.isPresent()
                ? instantiator.carry(VectorStoreProvider.class, carried.get().vectorStores())
                : named(enabledOnly(file.vectorStores()), "vector-stores", PluginKind.VECTOR_STORE, VectorStoreProvider.class);
        Map<String, ProviderBinding> providers = providers(enabled);
        StepResolver steps = new StepResolver(registry, instantiator, file.nodes());
        Map<String, RoutePlan> routes = new LinkedHashMap<>();
        Map<String, String> modelOwners = new HashMap<>();
        file.routes().forEach((name, route) -> {
            if (route.when().map(condition -> condition.holds(environment)).orElse(true)) {
                route(name, route, providers, file.providers().keySet(), embeddings, file.embeddings().keySet(), steps, modelOwners).ifPresent(plan -> routes.put(name, plan));
            }
        });
        List<Authenticator> authenticators = list(file.auth(), "auth", PluginKind.AUTHENTICATOR, Authenticator.class);
        List<TelemetryExporter> telemetry = carried.isPresent()
                ? carried.get().telemetry()
                : list(file.telemetry(), "telemetry", PluginKind.TELEMETRY_EXPORTER, TelemetryExporter.class);
        Map<String, LifecycleHook> hooks = hooks(file.hooks());
        Map<String, Object> instances = instances(routes, providers, authenticators, telemetry, hooks);
        List<Object> all = new ArrayList<>(instances.values());
        java.util.stream.Stream.concat(embeddings.values().stream(), vectorStores.values().stream())
                .filter(instance -> all.stream().noneMatch(known -> known == instance))
                .forEach(all::add);
        return new Assembly(routes, providers, authenticators, telemetry, withStepHooks(hooks, instances), embeddings, vectorStores, sections,
                resources(instances), instantiator.dataDirectory(), all);
    }

    // Every created instance by a readable name: what steps and others may also be (hooks, resources).
    private static Map<String, Object> instances(Map<String, RoutePlan> routes, Map<String, ProviderBinding> providers,
            List<Authenticator> authenticators, List<TelemetryExporter> telemetry, Map<String, LifecycleHook> hooks) {
        Map<String, Object> instances = new LinkedHashMap<>();
        java.util.Set<Object> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        java.util.function.BiConsumer<String, Object> add = (name, instance) -> {
            if (seen.add(instance)) {
                instances.putIfAbsent(name, instance);
            }
        };
        routes.values().forEach(plan -> {
            java.util.stream.Stream.of(plan.ingress().stream(), plan.router().stream(), plan.egress().stream(),
                            plan.tools().stream().flatMap(tools -> java.util.stream.Stream.of(tools.sources(), tools.callGuards(), tools.resultGuards())
                                    .flatMap(List::stream)))
                    .flatMap(steps -> steps)
                    .forEach(step -> add.accept(step.type(), switch (step.action()) {
                        case Step.GuardAction guard -> guard.guardrail();
                        case Step.NodeAction node -> node.node();
                    }));
        });
        providers.forEach((name, binding) -> add.accept(name, binding.provider()));
        authenticators.forEach(authenticator -> add.accept(authenticator.getClass().getSimpleName(), authenticator));
        telemetry.forEach(exporter -> add.accept(exporter.getClass().getSimpleName(), exporter));
        hooks.forEach(add);
        return instances;
    }

    // A step that also listens to the run's lifecycle (a node releasing what it reserved) is a hook
    // without being configured twice.
    private static Hooks withStepHooks(Map<String, LifecycleHook> configured, Map<String, Object> instances) {
        Map<String, LifecycleHook> all = new LinkedHashMap<>(configured);
        instances.forEach((name, instance) -> {
            if (instance instanceof LifecycleHook hook && !configured.containsValue(hook)) {
                all.putIfAbsent(all.containsKey(name) ? name + "#step" : name, hook);
            }
        });
        return all.isEmpty() ? Hooks.none() : new Hooks(all);
    }

    private Map<String, PublishedResource> resources(Map<String, Object> instances) {
        Map<String, PublishedResource> resources = new LinkedHashMap<>();
        instances.forEach((name, instance) -> {
            if (instance instanceof PublishedResource resource) {
                String resourceName = resource.resourceName();
                if (!Names.isKebab(resourceName)) {
                    instantiator.error("", "'" + name + "' publishes a resource named '" + resourceName + "', which is not kebab-case");
                } else if (resources.putIfAbsent(resourceName, resource) != null && resources.get(resourceName) != resource) {
                    instantiator.error("", "two plugin instances publish a resource named '" + resourceName + "'");
                }
            }
        });
        return resources;
    }

    private Map<String, ProviderBinding> providers(Map<String, PluginEntry> entries) {
        Map<String, ProviderBinding> bindings = new LinkedHashMap<>();
        named(entries, "providers", PluginKind.MODEL_PROVIDER, ModelProvider.class).forEach((name, provider) -> {
            PluginEntry entry = entries.get(name);
            bindings.put(name, new ProviderBinding(name, entry.type(), provider, new Target(name, entry.labels(), new LinkedHashSet<>(entry.tags()))));
        });
        return bindings;
    }

    private Map<String, PluginEntry> enabledOnly(Map<String, PluginEntry> entries) {
        Map<String, PluginEntry> enabled = new LinkedHashMap<>();
        entries.forEach((name, entry) -> {
            if (entry.when().map(condition -> condition.holds(environment)).orElse(true)) {
                enabled.put(name, entry);
            }
        });
        return enabled;
    }

    private Optional<RoutePlan> route(String name, RouteConfig route, Map<String, ProviderBinding> providers, java.util.Set<String> declared,
            Map<String, EmbeddingProvider> embeddings, java.util.Set<String> declaredEmbeddings, StepResolver steps, Map<String, String> modelOwners) {
        String path = Names.child("routes", name);
        int before = instantiator.errors().size();
        if (!Names.isKebab(name)) {
            instantiator.error(path, "route names are kebab-case");
        }
        List<String> models = new ArrayList<>(List.of(name));
        route.models().stream().filter(model -> !model.equals(name)).forEach(models::add);
        for (String model : models) {
            String owner = modelOwners.putIfAbsent(model, name);
            if (owner != null && !owner.equals(name)) {
                instantiator.error(Names.child(path, "models"), "model '" + model + "' already selects route '" + owner + "'");
            }
        }
        List<Step> ingress = stage(route.ingress(), Names.child(path, "ingress"), "ingress", route, steps);
        Optional<Step> router = route.route().flatMap(entry -> steps.resolve(entry, Names.child(path, "route"), "route", route.onError(), true));
        List<Step> egress = stage(route.egress(), Names.child(path, "egress"), "egress", route, steps);
        Optional<ToolsParts> tools = route.tools().map(config -> tools(config, Names.child(path, "tools"), route, steps));
        List<ProviderBinding> targets = new ArrayList<>();
        List<String> providerNames = route.execute().providers();
        for (int i = 0; i < providerNames.size(); i++) {
            ProviderBinding binding = providers.get(providerNames.get(i));
            if (binding == null && declared.contains(providerNames.get(i))) {
                continue; // switched off by its 'when'
            }
            if (binding == null) {
                instantiator.error(Names.index(Names.child(path, "execute.providers"), i),
                        "unknown provider '" + providerNames.get(i) + "' (configured: " + providers.keySet() + ")");
            } else {
                targets.add(binding);
            }
        }
        List<EmbedderBinding> embedders = new ArrayList<>();
        List<String> embedderNames = route.execute().embeddings();
        for (int i = 0; i < embedderNames.size(); i++) {
            EmbeddingProvider embedder = embeddings.get(embedderNames.get(i));
            if (embedder == null && declaredEmbeddings.contains(embedderNames.get(i))) {
                continue; // switched off by its 'when'
            }
            if (embedder == null) {
                instantiator.error(Names.index(Names.child(path, "execute.embeddings"), i),
                        "unknown embedder '" + embedderNames.get(i) + "' (configured under 'embeddings': " + embeddings.keySet() + ")");
            } else {
                embedders.add(new EmbedderBinding(embedderNames.get(i), embedder));
            }
        }
        if (providerNames.isEmpty() && embedderNames.isEmpty()) {
            instantiator.error(Names.child(path, "execute"), "a route needs providers (to chat) or embeddings (to embed), or both");
        } else if (instantiator.errors().size() == before && targets.isEmpty() && embedders.isEmpty()) {
            instantiator.error(Names.child(path, providerNames.isEmpty() ? "execute.embeddings" : "execute.providers"),
                    "everything this route executes on is switched off by its 'when'; give the route a 'when' too, or one that is always on");
        }
        if (instantiator.errors().size() > before) {
            return Optional.empty();
        }
        return Optional.of(new RoutePlan(name, models, ingress, router, new ExecutePlan(targets, embedders, route.execute().retries()), egress, route.durability(),
                new Access(route.allow().principals(), route.allow().teams(), route.allow().roles()), tools.map(ToolsParts::build),
                route.captureContent()));
    }

    private ToolsParts tools(ToolsConfig config, String path, RouteConfig route, StepResolver steps) {
        if (config.sources().isEmpty()) {
            instantiator.error(Names.child(path, "sources"), "a route's tools need at least one source (a pipeline node that is a tool source)");
        }
        List<Step> sources = new ArrayList<>();
        for (int i = 0; i < config.sources().size(); i++) {
            String at = Names.index(Names.child(path, "sources"), i);
            steps.resolve(config.sources().get(i), at, "tools." + (i + 1), route.onError(), true).ifPresent(step -> {
                if (step.action() instanceof Step.NodeAction node && node.node() instanceof ToolSource) {
                    sources.add(step);
                } else {
                    instantiator.error(at, "'" + step.type() + "' is a pipeline node but not a tool source");
                }
            });
        }
        List<Step> callGuards = stage(config.callGuards(), Names.child(path, "call-guards"), "tool-call", route, steps);
        List<Step> resultGuards = stage(config.resultGuards(), Names.child(path, "result-guards"), "tool-result", route, steps);
        List<ToolsPlan.Grant> grants = config.grants().stream()
                .map(grant -> new ToolsPlan.Grant(new Access(grant.principals(), grant.teams(), grant.roles()), grant.tools()))
                .toList();
        return new ToolsParts(sources, callGuards, resultGuards, config.allow(), grants, config.maxSteps(), config.pinning());
    }

    // What a route's tools resolved to, made into a plan only when the route has no errors.
    private record ToolsParts(List<Step> sources, List<Step> callGuards, List<Step> resultGuards, List<String> allow,
            List<ToolsPlan.Grant> grants, int maxSteps, ToolPinning pinning) {

        ToolsPlan build() {
            return new ToolsPlan(sources, callGuards, resultGuards, allow, grants, maxSteps, pinning);
        }
    }

    private List<Step> stage(List<JsonNode> entries, String path, String stage, RouteConfig route, StepResolver steps) {
        List<Step> resolved = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            steps.resolve(entries.get(i), Names.index(path, i), stage + "." + (i + 1), route.onError(), false).ifPresent(resolved::add);
        }
        return resolved;
    }

    private Map<String, LifecycleHook> hooks(List<PluginEntry> entries) {
        Map<String, LifecycleHook> hooks = new LinkedHashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            PluginEntry entry = entries.get(i);
            String name = hooks.containsKey(entry.type()) ? entry.type() + "#" + (i + 1) : entry.type();
            create(entry, Names.index("hooks", i), name, PluginKind.HOOK, LifecycleHook.class).ifPresent(hook -> hooks.put(name, hook));
        }
        return hooks;
    }

    private <T> List<T> list(List<PluginEntry> entries, String path, PluginKind kind, Class<T> type) {
        List<T> created = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            create(entries.get(i), Names.index(path, i), entries.get(i).type(), kind, type).ifPresent(created::add);
        }
        return created;
    }

    private <T> Map<String, T> named(Map<String, PluginEntry> entries, String path, PluginKind kind, Class<T> type) {
        Map<String, T> created = new LinkedHashMap<>();
        entries.forEach((name, entry) -> {
            if (!Names.isKebab(name)) {
                instantiator.error(Names.child(path, name), "names are kebab-case (lower-case words joined by '-')");
                return;
            }
            create(entry, Names.child(path, name), name, kind, type).ifPresent(instance -> created.put(name, instance));
        });
        return created;
    }

    private <T> Optional<T> create(PluginEntry entry, String path, String instanceName, PluginKind kind, Class<T> type) {
        Optional<DiscoveredPlugin> plugin = registry.find(kind, entry.type());
        if (plugin.isEmpty()) {
            instantiator.error(Names.child(path, "type"), "unknown " + kind.label() + " '" + entry.type() + "' (available: " + registry.names(kind) + ")");
            return Optional.empty();
        }
        return instantiator.create(plugin.get(), entry.config(), path, instanceName, entry.labels(), type);
    }
}
