package dev.aegis.runtime.internal.stream;

import dev.aegis.api.guard.Content;
import dev.aegis.api.guard.ScanTarget;
import dev.aegis.api.guard.Verdict;
import dev.aegis.api.state.RunState;
import dev.aegis.runtime.internal.steps.GuardCall;
import java.util.Map;

/**
 * A guard with a window of n characters: the text not yet released is scanned each time it grows
 * past n, and all but its last n characters are released; at the stream's end what is held is
 * scanned once more, marked not partial, and released. A match of up to n characters is thus
 * whole in some scan before its first character leaves; a block releases nothing of the window.
 */
final class WindowStage implements TextStage {

    private final GuardCall call;
    private final int window;
    private final Map<String, String> where;
    private final StringBuilder held = new StringBuilder();
    private boolean scanned;
    private boolean objected;

    WindowStage(GuardCall call, int window) {
        this.call = call;
        this.window = window;
        this.where = Map.of("streaming", "window(" + window + ")");
    }

    @Override
    public Passage accept(RunState state, String text) {
        held.append(text);
        if (held.length() <= window) {
            return new Passage(state, "");
        }
        return scanAndRelease(state, false);
    }

    @Override
    public Passage finish(RunState state) {
        // The end is scanned once more as what it is, the end (not partial): a guard can then judge a match at
        // the window's edge, which mid-stream might still go on.
        Passage last = held.isEmpty() ? new Passage(state, "") : scanAndRelease(state, true);
        if (last.state().halt().isPresent() || objected || !scanned) {
            return last;
        }
        return new Passage(call.recordAllow(last.state(), ScanTarget.RESPONSE, where), last.text());
    }

    private Passage scanAndRelease(RunState state, boolean end) {
        GuardCall.Scan scan = call.scan(state, new Content(ScanTarget.RESPONSE, held.toString(), !end), where, GuardCall.Mode.ENFORCE_QUIETLY);
        scanned = true;
        if (scan.state().halt().isPresent()) {
            return new Passage(scan.state(), "");
        }
        objected |= scan.verdict().map(verdict -> !(verdict instanceof Verdict.Allow)).orElse(true);
        scan.replacement().ifPresent(text -> held.replace(0, held.length(), text));
        return new Passage(scan.state(), release(end ? held.length() : Math.max(0, held.length() - window)));
    }

    private String release(int characters) {
        String released = held.substring(0, characters);
        held.delete(0, characters);
        return released;
    }
}
