package dev.aegis.runtime.internal.stream;

import dev.aegis.api.guard.Content;
import dev.aegis.api.guard.ScanTarget;
import dev.aegis.api.state.RunState;
import dev.aegis.runtime.internal.steps.GuardCall;
import java.util.Map;

/** A guard that can only audit: the text flows on untouched and is scanned, for the record, at the end. */
final class PostHocStage implements TextStage {

    private static final Map<String, String> WHERE = Map.of("streaming", "post-hoc");

    private final GuardCall call;
    private final StringBuilder seen = new StringBuilder();

    PostHocStage(GuardCall call) {
        this.call = call;
    }

    @Override
    public Passage accept(RunState state, String text) {
        seen.append(text);
        return new Passage(state, text);
    }

    @Override
    public Passage finish(RunState state) {
        if (seen.isEmpty()) {
            return new Passage(state, "");
        }
        GuardCall.Scan scan = call.scan(state, Content.of(ScanTarget.RESPONSE, seen.toString()), WHERE, GuardCall.Mode.RECORD_ONLY);
        return new Passage(scan.state(), "");
    }
}
