package dev.aegis.pack.pii;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What the pack recognizes. The constant's name is the placeholder's type ({@code <EMAIL_1>}), its
 * kebab-case spelling the configuration key ({@code credit-card}). Declaration order breaks ties
 * between overlapping findings of equal confidence: the more specific kind comes first.
 */
public enum EntityType {
    URL_CREDENTIAL,
    SECRET,
    EMAIL,
    IBAN,
    CREDIT_CARD,
    US_SSN,
    NATIONAL_ID,
    IP_ADDRESS,
    PHONE,
    DATE_OF_BIRTH,
    ADDRESS,
    POSTCODE,
    PERSON,
    LOCATION;

    private final String configName = name().toLowerCase(Locale.ROOT).replace('_', '-');

    /** The key in {@code entities}, e.g. {@code ip-address}. */
    public String configName() {
        return configName;
    }

    public static Optional<EntityType> fromConfigName(String name) {
        return Arrays.stream(values()).filter(type -> type.configName.equals(name)).findFirst();
    }
}
