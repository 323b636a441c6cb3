package dev.aegis.runtime;

import static dev.aegis.runtime.TestRoute.request;
import static dev.aegis.runtime.TestRoute.route;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aegis.api.state.StateDelta;
import dev.aegis.kernel.plan.Hooks;
import dev.aegis.kernel.plan.OnError;
import dev.aegis.kernel.plan.RoutePlan;
import dev.aegis.kernel.plan.Step;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.Test;

class GraphShapeTest {

    @Test
    void mermaidShowsEveryStepAndTheRefusedAndPausedEdges() {
        String mermaid = route().ingress("block-competitors", FakeGuard.allowing())
                .router("residency", state -> StateDelta.empty())
                .provider("main", FakeProvider.answering("ok"))
                .egress("tone", FakeGuard.allowing()).compile().mermaid();

        assertThat(mermaid).contains("ingress.1.block-competitors", "route.residency", "execute", "egress.1.tone", "completed");
        assertThat(mermaid).contains("refused", "paused", "failed", "|block| refused", "|approval| paused", "|failure| failed");
        assertThat(mermaid.lines().filter(line -> !line.contains("(\"")))
                .as("Mermaid node ids carry no dots").noneMatch(line -> line.matches(".*\\b(ingress|egress)\\.\\d+\\..*"));
        assertThat(mermaid.lines().filter(line -> line.contains("refused")).count()).isGreaterThanOrEqualTo(4);
    }

    @Test
    void stepsHandTheStateOnWithoutCopyingItsValues() {
        List<Object> seen = new ArrayList<>();
        RunResult result = route()
                .ingressNode("first", state -> {
                    seen.add(state.messages());
                    return StateDelta.empty();
                }, OnError.BLOCK)
                .router("second", state -> {
                    seen.add(state.messages());
                    return StateDelta.empty();
                })
                .provider("main", FakeProvider.answering("ok")).compile().invoke(request("hi"));

        assertThat(result.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(seen).hasSize(2);
        assertThat(seen.get(1)).isSameAs(seen.get(0));
    }

    @Test
    void aLongRouteRunsToTheEnd() {
        TestRoute route = route();
        for (int i = 0; i < 40; i++) {
            route.ingressNode("step" + i, state -> StateDelta.empty(), OnError.BLOCK);
        }

        RunResult result = route.provider("main", FakeProvider.answering("ok")).compile().invoke(request("hi"));

        assertThat(result.status()).isEqualTo(RunStatus.COMPLETED);
    }

    @Test
    void aStepMayNotTakeTheNameOfAGraphNode() {
        RoutePlan plan = route().provider("main", FakeProvider.answering("ok")).plan();
        Step clash = new Step("completed", "x", new Step.GuardAction(FakeGuard.allowing()), OnError.BLOCK);
        RoutePlan clashing = new RoutePlan(plan.name(), plan.models(), List.of(clash), plan.router(), plan.execute(), plan.egress(), plan.durability());

        assertThatThrownBy(() -> new RouteCompiler().compile(clashing, Hooks.none()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("two nodes named 'completed'");
    }

    @Test
    void oneCompiledRouteServesConcurrentRuns() throws Exception {
        CompiledRoute compiled = route().ingress("gate", FakeGuard.blocking("stop")).provider("main", new EchoProvider()).compile();
        List<Thread> threads = new ArrayList<>();
        Queue<String> failures = new ConcurrentLinkedQueue<>();
        for (int t = 0; t < 8; t++) {
            int id = t;
            threads.add(Thread.ofVirtual().start(() -> {
                for (int i = 0; i < 200; i++) {
                    String text = id % 2 == 0 ? "go " + id + "/" + i : "stop " + id;
                    RunResult result = compiled.invoke(request(text));
                    RunStatus expected = id % 2 == 0 ? RunStatus.COMPLETED : RunStatus.REFUSED;
                    if (result.status() != expected
                            || (expected == RunStatus.COMPLETED && !result.answer().orElseThrow().content().equals(text))) {
                        failures.add(text + " -> " + result.status());
                    }
                }
            }));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        assertThat(failures).isEmpty();
    }
}
