package dev.aegis.kernel.plan;

import dev.aegis.api.auth.Principal;
import java.util.Set;

/**
 * Who may use a route. Empty sets admit every authenticated principal; otherwise a principal is
 * admitted when its id, its team or one of its roles is listed.
 */
public record Access(Set<String> principals, Set<String> teams, Set<String> roles) {

    public static final Access EVERYONE = new Access(Set.of(), Set.of(), Set.of());

    public Access {
        principals = Set.copyOf(principals);
        teams = Set.copyOf(teams);
        roles = Set.copyOf(roles);
    }

    public boolean admits(Principal principal) {
        if (principals.isEmpty() && teams.isEmpty() && roles.isEmpty()) {
            return true;
        }
        return principals.contains(principal.id())
                || teams.contains(principal.team())
                || principal.roles().stream().anyMatch(roles::contains);
    }
}
