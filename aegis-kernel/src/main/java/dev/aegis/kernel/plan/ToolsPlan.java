package dev.aegis.kernel.plan;

import static java.util.Objects.requireNonNull;

import dev.aegis.api.auth.Principal;
import dev.aegis.api.tool.ToolSource;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A route's tools, resolved: the sources, the guards around each call and result, and who may use
 * which tool.
 *
 * @param sources steps whose node is a {@link ToolSource}
 * @param allow glob patterns of tool names the route offers; all when empty
 * @param grants when not empty, a tool must also be granted to the principal
 * @param maxSteps rounds of tool calls a run may make
 */
public record ToolsPlan(List<Step> sources, List<Step> callGuards, List<Step> resultGuards, List<String> allow, List<Grant> grants,
        int maxSteps, ToolPinning pinning) {

    public ToolsPlan {
        sources = List.copyOf(sources);
        callGuards = List.copyOf(callGuards);
        resultGuards = List.copyOf(resultGuards);
        allow = List.copyOf(allow);
        grants = List.copyOf(grants);
        requireNonNull(pinning, "pinning");
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("a route's tools need at least one source");
        }
        for (Step source : sources) {
            if (!(source.action() instanceof Step.NodeAction node) || !(node.node() instanceof ToolSource)) {
                throw new IllegalArgumentException("step '" + source.id() + "' is not a tool source");
            }
        }
        if (maxSteps < 1) {
            throw new IllegalArgumentException("maxSteps must be positive");
        }
    }

    /** Tools {@code who} may use: {@code tools} are glob patterns. */
    public record Grant(Access who, List<String> tools) {

        public Grant {
            requireNonNull(who, "who");
            tools = List.copyOf(tools);
        }
    }

    /** Whether the route offers a tool of this name to this principal. */
    public boolean permits(String tool, Principal principal) {
        if (!allow.isEmpty() && allow.stream().noneMatch(pattern -> matches(pattern, tool))) {
            return false;
        }
        if (grants.isEmpty()) {
            return true;
        }
        return grants.stream()
                .filter(grant -> grant.who().admits(principal))
                .anyMatch(grant -> grant.tools().stream().anyMatch(pattern -> matches(pattern, tool)));
    }

    /** {@code *} matches any run of characters, {@code ?} one; everything else literally. */
    static boolean matches(String glob, String name) {
        StringBuilder regex = new StringBuilder();
        for (char c : glob.toCharArray()) {
            switch (c) {
                case '*' -> regex.append(".*");
                case '?' -> regex.append('.');
                default -> regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return name.matches(regex.toString());
    }
}
