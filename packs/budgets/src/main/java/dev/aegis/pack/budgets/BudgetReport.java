package dev.aegis.pack.budgets;

import dev.aegis.api.AegisException;
import dev.aegis.api.auth.Principal;
import dev.aegis.api.telemetry.GaugeSource;
import dev.aegis.pack.budgets.internal.ChargePlanner;
import dev.aegis.pack.budgets.internal.JsonText;
import dev.aegis.pack.budgets.internal.LimitLine;
import dev.aegis.pack.budgets.internal.Money;
import dev.aegis.pack.budgets.store.BudgetStore;
import dev.aegis.pack.budgets.store.CounterValue;
import dev.aegis.pack.budgets.store.Unit;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.ToLongFunction;
import java.util.LinkedHashMap;

/**
 * {@code GET /v1/budgets}: the caller's team and key, each limit with what is spent, reserved and
 * left, and when it resets. Principals with the {@code admin} role see every configured team, or one
 * with {@code ?team=}. Amounts are plain JSON numbers in {@code currency}; no store detail or secret.
 */
final class BudgetReport {

    static final String ADMIN = "admin";

    private final String currency;
    private final LimitsConfig limits;
    private final ChargePlanner planner;
    private final BudgetStore store;
    private final ToLongFunction<String> unusedLease;

    /**
     * @param unusedLease what this gateway's lease on a counter can still admit: the store counts it
     *     as reserved, but it is room the team still has (other gateways' leases stay counted as reserved)
     */
    BudgetReport(String currency, LimitsConfig limits, ChargePlanner planner, BudgetStore store, ToLongFunction<String> unusedLease) {
        this.currency = currency;
        this.limits = limits;
        this.planner = planner;
        this.store = store;
        this.unusedLease = unusedLease;
    }

    String render(Principal principal, Map<String, String> query, Instant now) {
        Optional<String> wanted = Optional.ofNullable(query.get("team")).filter(team -> !team.isBlank());
        boolean admin = principal.hasRole(ADMIN);
        if (!admin && wanted.isPresent() && !wanted.get().equals(principal.team())) {
            throw new AegisException("forbidden", "only an admin may see another team's budget");
        }
        TreeSet<String> teams = new TreeSet<>();
        if (wanted.isPresent()) {
            teams.add(wanted.get());
        } else {
            if (!principal.team().isBlank()) {
                teams.add(principal.team());
            }
            if (admin) {
                teams.addAll(limits.teams().keySet());
            }
        }
        Map<String, List<LimitLine>> teamLines = new LinkedHashMap<>();
        teams.forEach(team -> teamLines.put(team, planner.team(team, now)));
        List<LimitLine> keyLines = planner.key(principal.id(), now);
        List<String> counterKeys = new ArrayList<>();
        teamLines.values().forEach(lines -> lines.forEach(line -> counterKeys.add(line.counterKey())));
        keyLines.forEach(line -> counterKeys.add(line.counterKey()));
        Map<String, CounterValue> values = store.counters(counterKeys);

        JsonText json = new JsonText().begin()
                .string("object", "budgets")
                .string("currency", currency)
                .string("as_of", now.toString())
                .beginArray("teams");
        teamLines.forEach((team, lines) -> {
            json.begin().string("team", team);
            limitsOf(json, lines, values);
            json.end();
        });
        json.endArray().beginObject("key").string("id", principal.id());
        limitsOf(json, keyLines, values);
        return json.end().end().toString();
    }

    /**
     * What each configured team has left of each of its limits counted in {@code unit}, for the
     * headroom gauges: money in the currency, tokens and requests as counts.
     */
    List<GaugeSource.Reading> remaining(Unit unit, Instant now) {
        Map<String, List<LimitLine>> teamLines = new LinkedHashMap<>();
        new TreeSet<>(limits.teams().keySet()).forEach(team -> teamLines.put(team, planner.team(team, now).stream()
                .filter(line -> line.unit() == unit && line.limit().isPresent())
                .toList()));
        List<String> counterKeys = new ArrayList<>();
        teamLines.values().forEach(lines -> lines.forEach(line -> counterKeys.add(line.counterKey())));
        if (counterKeys.isEmpty()) {
            return List.of();
        }
        Map<String, CounterValue> values = store.counters(counterKeys);
        List<GaugeSource.Reading> readings = new ArrayList<>();
        teamLines.forEach((team, lines) -> {
            for (LimitLine line : lines) {
                long left = left(line, values.getOrDefault(line.counterKey(), CounterValue.ZERO));
                readings.add(new GaugeSource.Reading(Map.of("aegis.team", team, "aegis.budget.limit", line.name(), "aegis.budget.period", line.period()),
                        unit == Unit.MONEY ? left / 1e9 : left));
            }
        });
        return readings;
    }

    String currency() {
        return currency;
    }

    private long left(LimitLine line, CounterValue value) {
        long limit = line.limit().getAsLong();
        return Math.max(0, Math.min(limit, limit - value.total() + unusedLease.applyAsLong(line.counterKey())));
    }

    private void limitsOf(JsonText json, List<LimitLine> lines, Map<String, CounterValue> values) {
        json.beginArray("limits");
        for (LimitLine line : lines) {
            CounterValue value = values.getOrDefault(line.counterKey(), CounterValue.ZERO);
            json.begin()
                    .string("name", line.name())
                    .string("period", line.period())
                    .number("limit", line.limit().isPresent() ? amount(line.unit(), line.limit().getAsLong()) : null)
                    .number("spent", amount(line.unit(), value.spent()))
                    .number("reserved", amount(line.unit(), value.reserved()))
                    .number("lapsed", amount(line.unit(), value.lapsed()))
                    .number("remaining", line.limit().isPresent()
                            ? amount(line.unit(), left(line, value)) : null)
                    .string("resets_at", line.resetsAt().toString())
                    .end();
        }
        json.endArray();
    }

    private static String amount(Unit unit, long value) {
        return unit == Unit.MONEY ? new Money(value).plain() : Long.toString(value);
    }
}
