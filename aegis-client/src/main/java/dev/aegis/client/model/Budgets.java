package dev.aegis.client.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Spend and limits as the caller may see them: its team's (every team's for an admin) and its own
 * key's. Money is in {@code currency}; token and request limits are counts.
 */
public record Budgets(String currency, Instant asOf, List<Team> teams, Key key) {

    /** The document's constant {@code object}. */
    public static final String OBJECT = "budgets";

    public Budgets {
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(asOf, "asOf");
        teams = List.copyOf(Objects.requireNonNullElse(teams, List.of()));
        Objects.requireNonNull(key, "key");
    }

    /** The team's limit lines, when the caller may see it. */
    public Optional<Team> team(String name) {
        return teams.stream().filter(team -> team.team().equals(name)).findFirst();
    }

    public record Team(String team, List<Limit> limits) {

        public Team {
            Objects.requireNonNull(team, "team");
            limits = List.copyOf(Objects.requireNonNullElse(limits, List.of()));
        }
    }

    public record Key(String id, List<Limit> limits) {

        public Key {
            Objects.requireNonNull(id, "id");
            limits = List.copyOf(Objects.requireNonNullElse(limits, List.of()));
        }
    }

    /** One limit in its current period; {@code limit} and {@code remaining} are empty for a line that only counts. */
    public record Limit(
            String name,
            String period,
            Optional<BigDecimal> limit,
            BigDecimal spent,
            BigDecimal reserved,
            BigDecimal lapsed,
            Optional<BigDecimal> remaining,
            Instant resetsAt) {

        public Limit {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(period, "period");
            limit = Objects.requireNonNullElse(limit, Optional.empty());
            Objects.requireNonNull(spent, "spent");
            Objects.requireNonNull(reserved, "reserved");
            Objects.requireNonNull(lapsed, "lapsed");
            remaining = Objects.requireNonNullElse(remaining, Optional.empty());
            Objects.requireNonNull(resetsAt, "resetsAt");
        }
    }
}
