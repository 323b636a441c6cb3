package dev.aegis.pack.budgets.internal;

import dev.aegis.api.auth.Principal;
import dev.aegis.pack.budgets.LimitsConfig;
import dev.aegis.pack.budgets.store.Charge;
import dev.aegis.pack.budgets.store.Unit;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which counters a request is charged on. Spend is always counted per day and per month for the
 * team and the key, limited or not, so it can be reported; request and token windows only where a
 * limit asks for them.
 */
public final class ChargePlanner {

    public static final String BUDGET_EXCEEDED = "budget_exceeded";
    public static final String RATE_LIMITED = "rate_limited";

    private static final int MAX_PLANS = 10_000;

    private final LimitsConfig limits;
    private final BudgetCalendar calendar;
    private final ConcurrentHashMap<Subject, Plan> plans = new ConcurrentHashMap<>();

    public ChargePlanner(LimitsConfig limits, BudgetCalendar calendar) {
        this.limits = limits;
        this.calendar = calendar;
    }

    /** The charges of one request, sorted by counter key. */
    public List<Charge> charges(Principal principal, Money cost, long tokens, Instant now) {
        Subject subject = new Subject(principal.team(), principal.id());
        Plan plan = plans.get(subject);
        if (plan == null || now.isBefore(plan.builtAt()) || !now.isBefore(plan.validUntil())) {
            plan = plan(subject, now);
            if (plans.size() >= MAX_PLANS) {
                plans.clear(); // many principals: their plans are cheap to make again
            }
            plans.put(subject, plan);
        }
        List<LimitLine> lines = plan.lines();
        Charge[] charges = new Charge[lines.size()];
        for (int i = 0; i < charges.length; i++) {
            LimitLine line = lines.get(i);
            long amount = switch (line.unit()) {
                case MONEY -> cost.nanos();
                case TOKENS -> tokens;
                case REQUESTS -> 1;
            };
            charges[i] = new Charge(line.counterKey(), line.unit(), amount, line.limit(), line.description(), line.refusalCode(), line.resetsAt());
        }
        return List.of(charges);
    }

    // The lines a subject is charged on are the same until the earliest of its windows ends: made once
    // per subject and window, not per request (the keys, descriptions and limits of every line).
    private Plan plan(Subject subject, Instant now) {
        List<LimitLine> lines = new ArrayList<>();
        if (!subject.team().isBlank()) {
            lines.addAll(team(subject.team(), now));
        }
        lines.addAll(key(subject.id(), now));
        lines.sort(Comparator.comparing(LimitLine::counterKey));
        Instant until = lines.stream().map(LimitLine::resetsAt).min(Comparator.naturalOrder()).orElseThrow();
        return new Plan(List.copyOf(lines), now, until);
    }

    private record Subject(String team, String id) {}

    /** Valid from {@code builtAt} (a clock set back makes a new one) until the first of its windows ends. */
    private record Plan(List<LimitLine> lines, Instant builtAt, Instant validUntil) {}

    public List<LimitLine> team(String team, Instant now) {
        return lines("team", team, limits.team(team), now);
    }

    public List<LimitLine> key(String principalId, Instant now) {
        return lines("key", principalId, limits.key(principalId), now);
    }

    private List<LimitLine> lines(String kind, String subject, Optional<LimitsConfig.Limit> configured, Instant now) {
        LimitsConfig.Limit limit = configured.orElse(LimitsConfig.Limit.NONE);
        String of = " of " + kind + " " + subject;
        String suffix = ":" + kind + ":" + subject; // the subject last: no name can forge another key
        List<LimitLine> lines = new ArrayList<>();
        BudgetCalendar.Window day = calendar.day(now);
        BudgetCalendar.Window month = calendar.month(now);
        BudgetCalendar.Window minute = calendar.minute(now);
        lines.add(new LimitLine("spend", "day", "spend:day:" + day.label() + suffix, Unit.MONEY, money(limit.spend().day()),
                day.end(), "daily spend limit" + of, BUDGET_EXCEEDED));
        lines.add(new LimitLine("spend", "month", "spend:month:" + month.label() + suffix, Unit.MONEY, money(limit.spend().month()),
                month.end(), "monthly spend limit" + of, BUDGET_EXCEEDED));
        limit.rpm().ifPresent(rpm -> lines.add(new LimitLine("requests", "minute", "requests:minute:" + minute.label() + suffix,
                Unit.REQUESTS, OptionalLong.of(rpm), minute.end(), "requests-per-minute limit" + of, RATE_LIMITED)));
        limit.tpm().ifPresent(tpm -> lines.add(new LimitLine("tokens", "minute", "tokens:minute:" + minute.label() + suffix,
                Unit.TOKENS, OptionalLong.of(tpm), minute.end(), "tokens-per-minute limit" + of, RATE_LIMITED)));
        return lines;
    }

    private static OptionalLong money(Optional<BigDecimal> amount) {
        return amount.map(value -> OptionalLong.of(Money.of(value).nanos())).orElse(OptionalLong.empty());
    }
}
