package dev.aegis.kernel.config;

import jakarta.validation.constraints.NotEmpty;
import java.util.List;
import java.util.Set;

/**
 * One entry of a route's {@code tools: grants:}: the tools (glob patterns) that the listed
 * principals, teams or roles may have offered to the model.
 */
public record ToolGrantConfig(Set<String> principals, Set<String> teams, Set<String> roles, @NotEmpty List<String> tools) {

    public ToolGrantConfig {
        principals = principals == null ? Set.of() : Set.copyOf(principals);
        teams = teams == null ? Set.of() : Set.copyOf(teams);
        roles = roles == null ? Set.of() : Set.copyOf(roles);
        tools = tools == null ? List.of() : List.copyOf(tools);
    }
}
