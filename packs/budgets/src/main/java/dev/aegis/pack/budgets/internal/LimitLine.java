package dev.aegis.pack.budgets.internal;

import dev.aegis.pack.budgets.store.Unit;
import java.time.Instant;
import java.util.OptionalLong;

/**
 * One counter a subject (a team or a key) is accounted on, and its limit if it has one.
 *
 * @param name {@code spend}, {@code requests} or {@code tokens}
 * @param period {@code day}, {@code month} or {@code minute}
 * @param description for people: {@code monthly spend limit of team payments}
 * @param refusalCode {@code budget_exceeded} or {@code rate_limited}
 */
public record LimitLine(String name, String period, String counterKey, Unit unit, OptionalLong limit, Instant resetsAt,
        String description, String refusalCode) {}
