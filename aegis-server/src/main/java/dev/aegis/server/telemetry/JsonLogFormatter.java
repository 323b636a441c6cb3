package dev.aegis.server.telemetry;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * One JSON object per log line, with the {@code trace_id} and {@code span_id} of the span current
 * where the record was logged, so a log line leads to its request's trace. Selected with
 * {@code observability.log-format: json}, or by name in a {@code logging.properties}
 * ({@code java.util.logging.ConsoleHandler.formatter=dev.aegis.server.telemetry.JsonLogFormatter}).
 * It writes what was logged as is: the gateway never logs message text or secrets.
 */
public final class JsonLogFormatter extends Formatter {

    /** Makes every handler of the root logger write JSON lines. */
    public static void install() {
        for (Handler handler : Logger.getLogger("").getHandlers()) {
            handler.setFormatter(new JsonLogFormatter());
        }
    }

    @Override
    public String format(LogRecord record) {
        StringBuilder json = new StringBuilder(256).append('{');
        field(json, "time", Instant.ofEpochMilli(record.getMillis()).toString());
        json.append(',');
        field(json, "level", record.getLevel().getName());
        json.append(',');
        field(json, "logger", record.getLoggerName() == null ? "" : record.getLoggerName());
        json.append(',');
        field(json, "message", formatMessage(record));
        SpanContext context = Span.current().getSpanContext();
        if (context.isValid()) {
            json.append(',');
            field(json, "trace_id", context.getTraceId());
            json.append(',');
            field(json, "span_id", context.getSpanId());
        }
        if (record.getThrown() != null) {
            StringWriter trace = new StringWriter();
            record.getThrown().printStackTrace(new PrintWriter(trace));
            json.append(',');
            field(json, "exception", trace.toString());
        }
        return json.append("}\n").toString();
    }

    private static void field(StringBuilder json, String name, String value) {
        json.append('"').append(name).append("\":\"");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        json.append('"');
    }
}
