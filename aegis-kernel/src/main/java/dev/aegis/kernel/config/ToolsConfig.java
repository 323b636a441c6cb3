package dev.aegis.kernel.config;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aegis.kernel.plan.ToolPinning;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Positive;
import java.util.List;

/**
 * {@code tools:} on a route: tools the gateway calls on the model's behalf, and the guards around
 * every call.
 *
 * @param sources pipeline nodes that are tool sources; stage entries as in {@code ingress}
 * @param callGuards guards that see each call's tool name and arguments before it runs
 * @param resultGuards guards that see each result before the model does
 * @param allow glob patterns ({@code *} and {@code ?}) of tool names the route offers; all when empty
 * @param grants who may use which tools; when present, a tool must also be granted to the principal
 * @param maxSteps how many rounds of tool calls a run may make before it is refused
 * @param pinning what happens to a tool the route has not seen before
 */
public record ToolsConfig(
        List<JsonNode> sources,
        List<JsonNode> callGuards,
        List<JsonNode> resultGuards,
        List<String> allow,
        List<ToolGrantConfig> grants,
        @Positive @Max(100) Integer maxSteps,
        ToolPinning pinning) {

    public ToolsConfig {
        sources = sources == null ? List.of() : List.copyOf(sources);
        callGuards = callGuards == null ? List.of() : List.copyOf(callGuards);
        resultGuards = resultGuards == null ? List.of() : List.copyOf(resultGuards);
        allow = allow == null ? List.of() : List.copyOf(allow);
        grants = grants == null ? List.of() : List.copyOf(grants);
        maxSteps = maxSteps == null ? 8 : maxSteps;
        pinning = pinning == null ? ToolPinning.TRUST_FIRST_USE : pinning;
    }
}
