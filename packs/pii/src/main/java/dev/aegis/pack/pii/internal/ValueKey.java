package dev.aegis.pack.pii.internal;

import dev.aegis.api.guard.NormalizedText;
import dev.aegis.pack.pii.EntityType;
import java.util.Locale;

/**
 * What makes two findings the same value: {@code 4111 1111 1111 1111} and {@code 4111-1111-1111-1111}
 * are one card, {@code Ann@Example.org} and {@code ann@example.org} one address. Equal keys share a
 * placeholder and a hash. Keys are made from the normalised value, so a card written with
 * non-breaking spaces or Arabic-Indic digits is the same card.
 */
final class ValueKey {

    private ValueKey() {}

    static String of(EntityType type, String original) {
        String value = NormalizedText.of(original).text();
        String normalized = switch (type) {
            case EMAIL -> value.toLowerCase(Locale.ROOT);
            case CREDIT_CARD, US_SSN -> digits(value, false);
            case PHONE -> digits(value, true);
            case IBAN, NATIONAL_ID, POSTCODE -> value.replaceAll("[^A-Za-z0-9]", "").toUpperCase(Locale.ROOT);
            default -> value.strip().replaceAll("\\s+", " ");
        };
        return type.name() + ':' + normalized;
    }

    private static String digits(String value, boolean keepPlus) {
        StringBuilder digits = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c >= '0' && c <= '9' || keepPlus && c == '+' && digits.isEmpty()) {
                digits.append(c);
            }
        }
        return digits.toString();
    }
}
