package dev.aegis.pack.budgets.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class BudgetCalendarTest {

    @Test
    void daysAndMonthsEndAtMidnightUtcByDefault() {
        BudgetCalendar calendar = new BudgetCalendar(ZoneId.of("UTC"));
        Instant now = Instant.parse("2025-01-31T23:59:59Z");

        assertThat(calendar.day(now)).isEqualTo(new BudgetCalendar.Window("day", "2025-01-31", Instant.parse("2025-02-01T00:00:00Z")));
        assertThat(calendar.month(now)).isEqualTo(new BudgetCalendar.Window("month", "2025-01", Instant.parse("2025-02-01T00:00:00Z")));
    }

    @Test
    void aConfiguredZoneMovesTheBoundaries() {
        BudgetCalendar paris = new BudgetCalendar(ZoneId.of("Europe/Paris"));
        Instant now = Instant.parse("2025-01-31T23:30:00Z"); // already February 1st in Paris

        assertThat(paris.day(now).label()).isEqualTo("2025-02-01");
        assertThat(paris.month(now).label()).isEqualTo("2025-02");
        assertThat(paris.month(now).end()).isEqualTo(Instant.parse("2025-02-28T23:00:00Z"));
    }

    @Test
    void rateWindowsAreWholeMinutes() {
        BudgetCalendar calendar = new BudgetCalendar(ZoneId.of("Asia/Kolkata"));

        BudgetCalendar.Window window = calendar.minute(Instant.parse("2025-01-01T10:15:42.500Z"));

        assertThat(window.end()).isEqualTo(Instant.parse("2025-01-01T10:16:00Z"));
        assertThat(calendar.minute(Instant.parse("2025-01-01T10:15:59.999Z")).label()).isEqualTo(window.label());
        assertThat(calendar.minute(Instant.parse("2025-01-01T10:16:00Z")).label()).isNotEqualTo(window.label());
    }
}
