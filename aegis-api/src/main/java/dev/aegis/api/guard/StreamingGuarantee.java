package dev.aegis.api.guard;

import dev.aegis.api.API;

/**
 * What a guard can honestly promise about a streamed response. Under {@link FullContext} and
 * {@link Window} a blocked byte never reaches the client; {@link PostHoc} only records.
 */
@API(status = API.Status.STABLE)
public sealed interface StreamingGuarantee {

    static StreamingGuarantee fullContext() {
        return FullContext.INSTANCE;
    }

    static StreamingGuarantee window(int characters) {
        return new Window(characters);
    }

    static StreamingGuarantee postHoc() {
        return PostHoc.INSTANCE;
    }

    /** The stream is held back until the guard has seen all of it. */
    record FullContext() implements StreamingGuarantee {
        static final FullContext INSTANCE = new FullContext();
    }

    /**
     * The guard scans a sliding window and {@code characters} characters are held back, so a match
     * no longer than that is caught before any of it is sent.
     */
    record Window(int characters) implements StreamingGuarantee {
        public Window {
            if (characters < 1) {
                throw new IllegalArgumentException("window must hold back at least one character");
            }
        }
    }

    /** The guard sees the text after it was sent: it can audit but not stop it. */
    record PostHoc() implements StreamingGuarantee {
        static final PostHoc INSTANCE = new PostHoc();
    }
}
