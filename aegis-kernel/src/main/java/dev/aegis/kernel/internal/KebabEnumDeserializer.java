package dev.aegis.kernel.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;

/** Enums spelled the way configuration spells everything: {@code pause-and-end} for {@code PAUSE_AND_END}. */
final class KebabEnumDeserializer extends StdScalarDeserializer<Object> {

    private static final long serialVersionUID = 1L;

    private final Class<? extends Enum<?>> type;

    @SuppressWarnings("unchecked")
    KebabEnumDeserializer(Class<?> type) {
        super(type);
        this.type = (Class<? extends Enum<?>>) type;
    }

    @Override
    public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        String text = parser.getValueAsString();
        if (text != null) {
            String constant = text.trim().replace('-', '_').toUpperCase(Locale.ROOT);
            for (Enum<?> value : type.getEnumConstants()) {
                if (value.name().equals(constant)) {
                    return value;
                }
            }
        }
        return context.handleWeirdStringValue(type, String.valueOf(text), "expected one of " + spellings());
    }

    private String spellings() {
        return Arrays.stream(type.getEnumConstants()).map(value -> value.name().toLowerCase(Locale.ROOT).replace('_', '-')).toList().toString();
    }
}
