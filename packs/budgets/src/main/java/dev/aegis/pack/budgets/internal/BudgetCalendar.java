package dev.aegis.pack.budgets.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;

/**
 * The periods counters are kept for. Days and months begin at midnight in the configured zone;
 * rate windows are fixed minutes of the epoch (no zone has a minute of its own worth respecting).
 */
public final class BudgetCalendar {

    private final ZoneId zone;

    public BudgetCalendar(ZoneId zone) {
        this.zone = zone;
    }

    public Window day(Instant now) {
        LocalDate today = LocalDate.ofInstant(now, zone);
        return new Window("day", today.toString(), today.plusDays(1).atStartOfDay(zone).toInstant());
    }

    public Window month(Instant now) {
        ZonedDateTime start = LocalDate.ofInstant(now, zone).withDayOfMonth(1).atStartOfDay(zone);
        return new Window("month", start.toLocalDate().toString().substring(0, 7), start.plusMonths(1).toInstant());
    }

    public Window minute(Instant now) {
        long minute = now.getEpochSecond() / 60;
        return new Window("minute", Long.toString(minute), Instant.ofEpochSecond((minute + 1) * 60).truncatedTo(ChronoUnit.SECONDS));
    }

    /**
     * One period.
     *
     * @param kind {@code day}, {@code month} or {@code minute}
     * @param label which one: {@code 2025-01-31}, {@code 2025-01}, or the epoch minute
     * @param end when it ends, and the counter's limit resets
     */
    public record Window(String kind, String label, Instant end) {}
}
