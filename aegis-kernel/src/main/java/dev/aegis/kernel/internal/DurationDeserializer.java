package dev.aegis.kernel.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Durations as people write them: {@code 250ms}, {@code 30s}, {@code 5m}, {@code 1h}, {@code 2d}, or ISO-8601. */
final class DurationDeserializer extends StdScalarDeserializer<Duration> {

    private static final long serialVersionUID = 1L;
    private static final Pattern SIMPLE = Pattern.compile("(\\d+)\\s*(ms|s|m|h|d)");

    DurationDeserializer() {
        super(Duration.class);
    }

    @Override
    public Duration deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (parser.currentToken() != JsonToken.VALUE_STRING) {
            return (Duration) context.handleUnexpectedToken(Duration.class, parser.currentToken(), parser,
                    "a duration needs a unit, e.g. 30s, 250ms, 5m");
        }
        String text = parser.getText().trim();
        Duration parsed = parse(text);
        if (parsed == null) {
            return (Duration) context.handleWeirdStringValue(Duration.class, text, "not a duration; write e.g. 30s, 250ms, 5m, 1h");
        }
        return parsed;
    }

    static Duration parse(String text) {
        Matcher matcher = SIMPLE.matcher(text);
        if (matcher.matches()) {
            long amount = Long.parseLong(matcher.group(1));
            return switch (matcher.group(2)) {
                case "ms" -> Duration.ofMillis(amount);
                case "s" -> Duration.ofSeconds(amount);
                case "m" -> Duration.ofMinutes(amount);
                case "h" -> Duration.ofHours(amount);
                default -> Duration.ofDays(amount);
            };
        }
        try {
            return Duration.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
