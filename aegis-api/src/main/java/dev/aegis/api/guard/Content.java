package dev.aegis.api.guard;

import static java.util.Objects.requireNonNull;

import dev.aegis.api.API;
import java.util.Optional;

/**
 * A piece of text to scan.
 *
 * @param target what kind of text it is
 * @param text the text itself
 * @param partial true when this is a window of a stream still being produced, so more may follow it;
 *     a window guard's last scan of a stream, of the text it still holds at the end, comes with false
 *     (it is the stream's tail, not the whole text)
 * @param tool for {@link ScanTarget#TOOL_ARGUMENTS} and {@link ScanTarget#TOOL_RESULT}, the name of the
 *     tool called, when known
 */
@API(status = API.Status.STABLE)
public record Content(ScanTarget target, String text, boolean partial, Optional<String> tool) {

    public Content {
        requireNonNull(target, "target");
        requireNonNull(text, "text");
        requireNonNull(tool, "tool");
    }

    public Content(ScanTarget target, String text, boolean partial) {
        this(target, text, partial, Optional.empty());
    }

    /** A tool call's arguments or a tool's result, whole, with the tool's name. */
    public static Content ofTool(ScanTarget target, String text, String tool) {
        return new Content(target, text, false, Optional.of(tool));
    }

    public static Content of(ScanTarget target, String text) {
        return new Content(target, text, false);
    }

    /**
     * The text as guards should match it: invisible characters removed, whitespace folded, NFKC, digits
     * made ASCII, with offsets back into {@link #text()} (see {@link NormalizedText}). For a window of a
     * stream ({@code partial}), the view of the window. Computed on each call (a record holds nothing
     * else): a guard that needs it twice keeps it; for text already in normal form it costs one pass
     * and no copy.
     */
    public NormalizedText normalized() {
        return NormalizedText.of(text);
    }
}
