package dev.aegis.api.auth;

import static java.util.Objects.requireNonNull;

import dev.aegis.api.API;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Who a request acts for, as an {@link Authenticator} established it.
 *
 * @param id stable identifier, e.g. a user or service name
 * @param team the team spend and policy are accounted to; empty string when none
 * @param roles e.g. {@code approver}, {@code admin}
 * @param attributes other facts policy may read, e.g. {@code region=eu}
 */
@API(status = API.Status.STABLE)
public record Principal(String id, String team, Set<String> roles, Map<String, String> attributes) {

    public Principal {
        requireNonNull(id, "id");
        requireNonNull(team, "team");
        roles = Set.copyOf(roles);
        attributes = Map.copyOf(attributes);
        if (id.isBlank()) {
            throw new IllegalArgumentException("principal id must not be blank");
        }
    }

    public static Principal of(String id, String team) {
        return new Principal(id, team, Set.of(), Map.of());
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public Optional<String> attribute(String name) {
        return Optional.ofNullable(attributes.get(name));
    }
}
