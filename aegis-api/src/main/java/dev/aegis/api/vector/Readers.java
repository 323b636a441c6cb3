package dev.aegis.api.vector;

import dev.aegis.api.API;
import dev.aegis.api.auth.Principal;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Access tokens of collections and queries: {@code principal:ID}, {@code team:NAME}, {@code role:NAME}.
 * A query may read a record when the caller's tokens and the record's collection's readers meet.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class Readers {

    public static final String PRINCIPAL = "principal:";
    public static final String TEAM = "team:";
    public static final String ROLE = "role:";

    private Readers() {}

    /** The tokens {@code principal} reads with: its id, its team (when it has one) and each of its roles. */
    public static Set<String> of(Principal principal) {
        Set<String> tokens = new LinkedHashSet<>();
        tokens.add(PRINCIPAL + principal.id());
        if (!principal.team().isBlank()) {
            tokens.add(TEAM + principal.team());
        }
        principal.roles().stream().sorted().forEach(role -> tokens.add(ROLE + role));
        return Set.copyOf(tokens);
    }

    public static String principal(String id) {
        return check(PRINCIPAL + id);
    }

    public static String team(String name) {
        return check(TEAM + name);
    }

    public static String role(String name) {
        return check(ROLE + name);
    }

    /** {@code token}, when it is a well-formed access token. */
    public static String check(String token) {
        boolean known = token.startsWith(PRINCIPAL) || token.startsWith(TEAM) || token.startsWith(ROLE);
        int colon = token.indexOf(':');
        if (!known || colon == token.length() - 1 || token.chars().anyMatch(c -> Character.isWhitespace(c) || c == ',')) {
            throw new IllegalArgumentException("an access token is principal:ID, team:NAME or role:NAME, with no spaces or commas: '" + token + "'");
        }
        return token;
    }
}
