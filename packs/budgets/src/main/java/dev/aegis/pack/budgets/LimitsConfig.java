package dev.aegis.pack.budgets;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/**
 * Who may spend how much. A team or key named here uses exactly its entry; the defaults apply to
 * those not named. A principal without a team is limited by its key's limits alone.
 *
 * @param teams by team name
 * @param keys by principal id
 * @param defaultTeam for teams not named in {@code teams}
 * @param defaultKey for principals not named in {@code keys}
 */
public record LimitsConfig(
        Map<String, Limit> teams, Map<String, Limit> keys, Optional<Limit> defaultTeam, Optional<Limit> defaultKey) {

    public static final LimitsConfig NONE = new LimitsConfig(null, null, null, null);

    public LimitsConfig {
        teams = teams == null ? Map.of() : Map.copyOf(teams);
        keys = keys == null ? Map.of() : Map.copyOf(keys);
        defaultTeam = defaultTeam == null ? Optional.empty() : defaultTeam;
        defaultKey = defaultKey == null ? Optional.empty() : defaultKey;
    }

    public Optional<Limit> team(String team) {
        return team.isBlank() ? Optional.empty() : Optional.ofNullable(teams.get(team)).or(() -> defaultTeam);
    }

    public Optional<Limit> key(String principalId) {
        return Optional.ofNullable(keys.get(principalId)).or(() -> defaultKey);
    }

    /**
     * Each limit is optional.
     *
     * @param rpm requests per minute (fixed windows aligned to the minute)
     * @param tpm tokens (input and output) per minute
     */
    public record Limit(Spend spend, Optional<@Positive Long> rpm, Optional<@Positive Long> tpm) {

        public static final Limit NONE = new Limit(null, null, null);

        public Limit {
            spend = spend == null ? Spend.NONE : spend;
            rpm = rpm == null ? Optional.empty() : rpm;
            tpm = tpm == null ? Optional.empty() : tpm;
        }
    }

    /** Spend limits per calendar period, in the configured currency. */
    public record Spend(Optional<@DecimalMin("0") BigDecimal> day, Optional<@DecimalMin("0") BigDecimal> month) {

        public static final Spend NONE = new Spend(null, null);

        public Spend {
            day = day == null ? Optional.empty() : day;
            month = month == null ? Optional.empty() : month;
        }
    }
}
