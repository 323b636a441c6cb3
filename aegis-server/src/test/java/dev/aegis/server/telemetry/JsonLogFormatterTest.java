package dev.aegis.server.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.context.Scope;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;

class JsonLogFormatterTest {

    private final JsonLogFormatter formatter = new JsonLogFormatter();

    @Test
    void aLineLoggedWithinASpanCarriesItsTraceAndSpanIds() {
        String line;
        try (Scope scope = Span.wrap(SpanContext.create("4bf92f3577b34da6a3ce929d0e0e4736", "00f067aa0ba902b7", TraceFlags.getSampled(),
                TraceState.getDefault())).makeCurrent()) {
            line = formatter.format(record("upstream {0} slow", "eu"));
        }

        assertThat(line).isEqualTo("{\"time\":\"2025-01-01T00:00:00Z\",\"level\":\"WARNING\",\"logger\":\"dev.aegis.test\",\"message\":\"upstream eu slow\","
                + "\"trace_id\":\"4bf92f3577b34da6a3ce929d0e0e4736\",\"span_id\":\"00f067aa0ba902b7\"}\n");
    }

    @Test
    void outsideASpanThereAreNoIdsAndTheMessageIsEscaped() {
        String line = formatter.format(record("a \"quoted\"\nline\\", null));

        assertThat(line).isEqualTo("{\"time\":\"2025-01-01T00:00:00Z\",\"level\":\"WARNING\",\"logger\":\"dev.aegis.test\","
                + "\"message\":\"a \\\"quoted\\\"\\nline\\\\\"}\n");
    }

    @Test
    void anExceptionIsOneEscapedField() {
        LogRecord record = record("failed", null);
        record.setThrown(new IllegalStateException("boom"));

        assertThat(formatter.format(record)).contains("\"exception\":\"java.lang.IllegalStateException: boom\\n\\tat ").endsWith("}\n")
                .doesNotContain("\n\t");
    }

    private static LogRecord record(String message, Object parameter) {
        LogRecord record = new LogRecord(Level.WARNING, message);
        record.setLoggerName("dev.aegis.test");
        record.setInstant(Instant.parse("2025-01-01T00:00:00Z"));
        if (parameter != null) {
            record.setParameters(new Object[] {parameter});
        }
        return record;
    }
}
