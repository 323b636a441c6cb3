package dev.aegis.kernel.config;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aegis.kernel.plan.Durability;
import dev.aegis.kernel.plan.OnError;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;

/**
 * A route as written in {@code aegis.yaml}. Stage entries are either a name (a named entry of
 * {@code nodes}, or a plugin with its default configuration) or a mapping
 * {@code {type: NAME, config: {…}, on-error: allow}}.
 *
 * @param models model names that select this route; the route's own name always does
 * @param onError what a failing step means unless the step says otherwise; {@code block} by default
 * @param allow who may use the route; everyone authenticated when absent
 * @param when the route exists only when this holds
 * @param tools tools the gateway calls for the model, with their guards
 * @param captureContent record in traces the text the model saw and wrote, as the ingress steps left it; off by default
 */
public record RouteConfig(
        List<String> models,
        List<JsonNode> ingress,
        Optional<JsonNode> route,
        @NotNull @Valid ExecuteConfig execute,
        List<JsonNode> egress,
        OnError onError,
        Durability durability,
        AccessConfig allow,
        Optional<Condition> when,
        Optional<ToolsConfig> tools,
        Boolean captureContent) {

    public RouteConfig {
        models = models == null ? List.of() : List.copyOf(models);
        ingress = ingress == null ? List.of() : List.copyOf(ingress);
        route = Trees.present(route);
        egress = egress == null ? List.of() : List.copyOf(egress);
        onError = onError == null ? OnError.BLOCK : onError;
        durability = durability == null ? Durability.PAUSE_AND_END : durability;
        allow = allow == null ? new AccessConfig(null, null, null) : allow;
        when = when == null ? Optional.empty() : when;
        tools = tools == null ? Optional.empty() : tools;
        captureContent = captureContent != null && captureContent;
    }
}
