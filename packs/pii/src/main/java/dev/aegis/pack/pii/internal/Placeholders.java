package dev.aegis.pack.pii.internal;

import dev.aegis.pack.pii.EntityType;
import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * The placeholder format: {@code <TYPE_n>} for a masked value ({@code <EMAIL_1>}), restorable
 * through the run's mask map; {@code <TYPE_h:hash>} for a hashed one, which is not.
 */
public final class Placeholders {

    /** The highest number a placeholder of one type gets in one run; it bounds the placeholder's length. */
    public static final int MAX_NUMBER = 999_999;
    /** Any restorable placeholder, of this pack or another using the same shape. */
    public static final Pattern PLACEHOLDER = Pattern.compile("<([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*)_([1-9]\\d{0,5})>");
    /** The longest restorable placeholder this pack writes: the longest type name and six digits. */
    public static final int LONGEST = 1 + Arrays.stream(EntityType.values()).mapToInt(type -> type.name().length()).max().orElseThrow()
            + 1 + String.valueOf(MAX_NUMBER).length() + 1;

    private Placeholders() {}

    public static String of(EntityType type, int number) {
        return "<" + type.name() + "_" + number + ">";
    }

    public static String hashed(EntityType type, String hash) {
        return "<" + type.name() + "_h:" + hash + ">";
    }

    /** What an evidence excerpt shows instead of the value: {@code <EMAIL>}. */
    public static String described(EntityType type) {
        return "<" + type.name() + ">";
    }
}
