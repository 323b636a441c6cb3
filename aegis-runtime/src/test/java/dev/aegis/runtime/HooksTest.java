package dev.aegis.runtime;

import static dev.aegis.runtime.TestRoute.request;
import static dev.aegis.runtime.TestRoute.route;
import static org.assertj.core.api.Assertions.assertThat;

import dev.aegis.api.guard.Verdict;
import dev.aegis.api.hook.LifecycleHook;
import dev.aegis.api.hook.RunEndListener;
import dev.aegis.api.hook.RunStartListener;
import dev.aegis.api.hook.VerdictListener;
import dev.aegis.api.state.RunState;
import dev.aegis.kernel.plan.Hooks;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HooksTest {

    private static final class Recorder implements RunStartListener, RunEndListener, VerdictListener {
        final List<String> calls = new ArrayList<>();

        @Override
        public void onRunStart(RunState state) {
            calls.add("start");
        }

        @Override
        public void onVerdict(String guard, Verdict verdict, RunState state) {
            calls.add("verdict " + guard + " " + verdict.getClass().getSimpleName());
        }

        @Override
        public void onRunEnd(RunState state) {
            calls.add("end " + state.events().get(state.events().size() - 1).type());
        }
    }

    @Test
    void hooksSeeTheStartEveryVerdictAndTheEnd() {
        Recorder recorder = new Recorder();
        Hooks hooks = new Hooks(Map.<String, LifecycleHook>of("recorder", recorder));

        route().ingress("gate", FakeGuard.allowing()).provider("main", FakeProvider.answering("ok"))
                .egress("tone", FakeGuard.blocking("ok")).hooks(hooks).compile().invoke(request("hi"));

        assertThat(recorder.calls).containsExactly(
                "start", "verdict ingress.1.gate Allow", "verdict egress.1.tone Block", "end refused");
    }
}
