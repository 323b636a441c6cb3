package dev.aegis.api.state;

import dev.aegis.api.API;
import java.util.Locale;

/** The author of a chat message, as in the OpenAI chat format. */
@API(status = API.Status.STABLE)
public enum Role {
    SYSTEM,
    DEVELOPER,
    USER,
    ASSISTANT,
    TOOL;

    private final String wireName = name().toLowerCase(Locale.ROOT);

    /** The wire name, e.g. {@code "assistant"}. */
    public String wireName() {
        return wireName;
    }

    public static Role fromWireName(String name) {
        try {
            return valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown message role: " + name, e);
        }
    }
}
