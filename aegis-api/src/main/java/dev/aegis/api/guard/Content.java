package dev.aegis.api.guard;

import static java.util.Objects.requireNonNull;

import dev.aegis.api.API;

/**
 * A piece of text to scan.
 *
 * @param target what kind of text it is
 * @param text the text itself
 * @param partial true when this is a window of a stream still being produced, not the whole text
 */
@API(status = API.Status.STABLE)
public record Content(ScanTarget target, String text, boolean partial) {

    public Content {
        requireNonNull(target, "target");
        requireNonNull(text, "text");
    }

    public static Content of(ScanTarget target, String text) {
        return new Content(target, text, false);
    }
}
