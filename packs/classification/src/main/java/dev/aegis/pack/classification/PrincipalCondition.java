package dev.aegis.pack.classification;

import dev.aegis.api.auth.Principal;
import dev.aegis.api.state.RunState;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Holds when the run's principal matches every stated part; a run without a principal matches nothing. */
record PrincipalCondition(Set<String> teams, Set<String> roles, Map<String, String> attributes) implements Condition {

    PrincipalCondition {
        teams = Set.copyOf(teams);
        roles = Set.copyOf(roles);
        attributes = Map.copyOf(attributes);
    }

    static PrincipalCondition of(ClassifyConfig.PrincipalMatch match) {
        return new PrincipalCondition(Set.copyOf(match.teams()), Set.copyOf(match.roles()), match.attributes());
    }

    @Override
    public boolean holds(RunState state) {
        Optional<Principal> principal = state.principal();
        return principal.isPresent() && matches(principal.get());
    }

    private boolean matches(Principal principal) {
        if (!teams.isEmpty() && !teams.contains(principal.team())) {
            return false;
        }
        if (!roles.isEmpty() && !hasAnyRole(principal)) {
            return false;
        }
        for (Map.Entry<String, String> attribute : attributes.entrySet()) {
            if (!attribute.getValue().equals(principal.attributes().get(attribute.getKey()))) {
                return false;
            }
        }
        return true;
    }

    private boolean hasAnyRole(Principal principal) {
        for (String role : roles) {
            if (principal.hasRole(role)) {
                return true;
            }
        }
        return false;
    }
}
