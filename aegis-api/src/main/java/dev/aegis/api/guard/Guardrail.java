package dev.aegis.api.guard;

import dev.aegis.api.API;
import dev.aegis.api.state.RunState;
import java.util.EnumSet;
import java.util.Set;

/**
 * Scans content and decides: allow, sanitize, block or require approval. One contract for
 * prompts, responses, retrieved chunks, tool-call arguments and tool results.
 *
 * <p>Implementations are shared by all requests and must be thread-safe. A guard that throws is
 * treated as a block (fail closed) unless its route says {@code on-error: allow}.
 */
@API(status = API.Status.STABLE)
public interface Guardrail {

    /**
     * Decides about {@code content}. {@code state} is the run as it stands, read-only (the mask map
     * included, for guards that restore placeholders).
     */
    Verdict scan(Content content, RunState state);

    /** What the guard can promise when the response streams. */
    default StreamingGuarantee streaming() {
        return StreamingGuarantee.fullContext();
    }

    /** The kinds of content the guard wants to see; others pass it by. */
    default Set<ScanTarget> targets() {
        return EnumSet.allOf(ScanTarget.class);
    }
}
