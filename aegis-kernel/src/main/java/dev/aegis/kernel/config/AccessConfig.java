package dev.aegis.kernel.config;

import java.util.Set;

/** {@code allow: {principals: […], teams: […], roles: […]}} on a route; absent admits everyone authenticated. */
public record AccessConfig(Set<String> principals, Set<String> teams, Set<String> roles) {

    public AccessConfig {
        principals = principals == null ? Set.of() : Set.copyOf(principals);
        teams = teams == null ? Set.of() : Set.copyOf(teams);
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }
}
