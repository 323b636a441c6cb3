package dev.aegis.kernel.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aegis.api.guard.Guardrail;
import dev.aegis.api.node.PipelineNode;
import dev.aegis.kernel.config.ConfigException;
import dev.aegis.kernel.config.InlineStep;
import dev.aegis.kernel.config.NodeEntry;
import dev.aegis.kernel.discovery.DiscoveredPlugin;
import dev.aegis.kernel.discovery.PluginKind;
import dev.aegis.kernel.discovery.PluginRegistry;
import dev.aegis.kernel.plan.OnError;
import dev.aegis.kernel.plan.Step;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Resolves stage entries to steps: a name refers to a named entry of {@code nodes} (one shared
 * instance) or to a plugin with its default configuration; a mapping configures one in place.
 */
final class StepResolver {

    private final PluginRegistry registry;
    private final Instantiator instantiator;
    private final Map<String, NodeEntry> namedNodes;
    private final Map<String, Optional<Step.Action>> sharedActions = new HashMap<>();

    StepResolver(PluginRegistry registry, Instantiator instantiator, Map<String, NodeEntry> namedNodes) {
        this.registry = registry;
        this.instantiator = instantiator;
        this.namedNodes = namedNodes;
    }

    /**
     * @param id the step's id within its route
     * @param nodesOnly true for the router slot, which takes pipeline nodes only
     */
    Optional<Step> resolve(JsonNode entry, String path, String id, OnError routeDefault, boolean nodesOnly) {
        if (entry.isTextual()) {
            String name = entry.asText();
            NodeEntry named = namedNodes.get(name);
            if (named != null) {
                Optional<Step.Action> action = sharedActions.computeIfAbsent(name,
                        key -> action(named.type(), named.config(), Names.child("nodes", name), name, nodesOnly));
                return action.map(resolved -> new Step(id + "." + name, named.type(), resolved, named.onError().orElse(routeDefault)));
            }
            return action(name, Optional.empty(), path, name, nodesOnly)
                    .map(resolved -> new Step(id + "." + name, name, resolved, routeDefault));
        }
        if (!entry.isObject()) {
            instantiator.error(path, "expected a name or a mapping {type: NAME, config: {…}}");
            return Optional.empty();
        }
        InlineStep inline;
        try {
            inline = instantiator.binder().bind(entry, InlineStep.class, path);
        } catch (ConfigException e) {
            instantiator.errors(e.errors());
            return Optional.empty();
        }
        return action(inline.type(), inline.config(), path, id + "." + inline.type(), nodesOnly)
                .map(resolved -> new Step(id + "." + inline.type(), inline.type(), resolved, inline.onError().orElse(routeDefault)));
    }

    private Optional<Step.Action> action(String type, Optional<JsonNode> config, String path, String instanceName, boolean nodesOnly) {
        Optional<DiscoveredPlugin> node = registry.find(PluginKind.PIPELINE_NODE, type);
        if (node.isPresent()) {
            return instantiator.create(node.get(), config, path, instanceName, Map.of(), PipelineNode.class).map(Step.NodeAction::new);
        }
        Optional<DiscoveredPlugin> guard = registry.find(PluginKind.GUARDRAIL, type);
        if (guard.isPresent() && !nodesOnly) {
            return instantiator.create(guard.get(), config, path, instanceName, Map.of(), Guardrail.class).map(Step.GuardAction::new);
        }
        if (guard.isPresent()) {
            instantiator.error(path, "'" + type + "' is a guardrail; the route slot takes a pipeline node (available: "
                    + registry.names(PluginKind.PIPELINE_NODE) + ")");
        } else {
            instantiator.error(path, "unknown " + (nodesOnly ? "pipeline node" : "guardrail or pipeline node") + " '" + type + "' (guardrails: "
                    + registry.names(PluginKind.GUARDRAIL) + "; pipeline nodes: " + registry.names(PluginKind.PIPELINE_NODE)
                    + (namedNodes.isEmpty() ? "" : "; named nodes: " + namedNodes.keySet()) + ")");
        }
        return Optional.empty();
    }
}
