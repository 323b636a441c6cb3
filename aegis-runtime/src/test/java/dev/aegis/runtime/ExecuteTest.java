package dev.aegis.runtime;

import dev.aegis.api.model.ChatOptions;

import static dev.aegis.api.model.ProviderException.Failure.CONNECT;
import static dev.aegis.api.model.ProviderException.Failure.REJECTED;
import static dev.aegis.api.model.ProviderException.Failure.UNAVAILABLE;
import static dev.aegis.runtime.TestRoute.events;
import static dev.aegis.runtime.TestRoute.request;
import static dev.aegis.runtime.TestRoute.route;
import static org.assertj.core.api.Assertions.assertThat;

import dev.aegis.api.model.ProviderException;
import dev.aegis.api.model.ToolDefinition;
import dev.aegis.api.state.Event;
import dev.aegis.api.state.Halt;
import dev.aegis.api.state.RunState;
import dev.aegis.api.state.StateDelta;
import dev.aegis.api.state.Target;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExecuteTest {

    private final FakeProvider primary = FakeProvider.answering("from primary");
    private final FakeProvider secondary = FakeProvider.answering("from secondary");

    @Test
    void runStartsWithThePlanTargetsInOrder() {
        RunResult result = route().provider("primary", primary).provider("secondary", secondary).compile().invoke(request("hi"));

        assertThat(result.state().targets()).containsExactly(Target.of("primary"), Target.of("secondary"));
        assertThat(result.state().get(RunState.TARGET)).hasValue(Target.of("primary"));
        assertThat(secondary.calls()).isZero();
    }

    @Test
    void targetsChosenByTheCallerAreKept() {
        RunState chosen = request("hi").apply(StateDelta.of(RunState.TARGETS, List.of(Target.of("secondary"))));

        RunResult result = route().provider("primary", primary).provider("secondary", secondary).compile().invoke(chosen);

        assertThat(result.answer().orElseThrow().content()).isEqualTo("from secondary");
        assertThat(primary.calls()).isZero();
    }

    @Test
    void routerNarrowingTheTargetsChoosesTheProvider() {
        RunResult result = route().router("residency", state -> StateDelta.of(RunState.TARGETS, List.of(Target.of("secondary"))))
                .provider("primary", primary).provider("secondary", secondary).compile().invoke(request("hi"));

        assertThat(result.answer().orElseThrow().content()).isEqualTo("from secondary");
        assertThat(events(result, Event.ROUTED)).singleElement()
                .satisfies(event -> assertThat(event.attributes()).containsEntry("targets", "secondary"));
    }

    @Test
    void routerLeavingNoTargetRefusesTheRun() {
        RunResult result = route().router("residency", state -> StateDelta.of(RunState.TARGETS, List.of()))
                .provider("primary", primary).compile().invoke(request("hi"));

        assertThat(result.status()).isEqualTo(RunStatus.REFUSED);
        assertThat(result.halt()).containsInstanceOf(Halt.Refused.class)
                .hasValueSatisfying(halt -> assertThat(((Halt.Refused) halt).code()).isEqualTo("no_eligible_target"));
        assertThat(result.halt().orElseThrow().source()).isEqualTo("route.residency");
        assertThat(primary.calls()).isZero();
    }

    @Test
    void withoutARouterEmptyTargetsAreRefusedAtExecute() {
        RunState none = request("hi").apply(StateDelta.of(RunState.TARGETS, List.of(Target.of("unknown"))));

        RunResult result = route().provider("primary", primary).compile().invoke(none);

        assertThat(result.halt()).hasValue(new Halt.Refused("execute", "no_eligible_target", "no provider is eligible for this request"));
    }

    @Test
    void chatOptionsReachTheProvider() {
        ToolDefinition tool = new ToolDefinition("lookup", "finds things", "{}");
        ChatOptions options = new ChatOptions("gpt-test", List.of(tool), Map.of("temperature", "0.2"));

        route().provider("primary", primary).compile().invoke(request("hi"), options);

        assertThat(primary.requests.get(0).model()).isEqualTo("gpt-test");
        assertThat(primary.requests.get(0).tools()).containsExactly(tool);
        assertThat(primary.requests.get(0).parameter("temperature")).hasValue("0.2");
    }

    @Test
    void retryableFailureIsRetriedThenFallsBackToTheNextTarget() {
        primary.failingFirst(UNAVAILABLE, CONNECT, UNAVAILABLE);

        RunResult result = route().provider("primary", primary).provider("secondary", secondary).retries(2).compile().invoke(request("hi"));

        assertThat(result.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(primary.calls()).isEqualTo(3);
        assertThat(result.answer().orElseThrow().content()).isEqualTo("from secondary");
        assertThat(result.state().get(RunState.TARGET)).hasValue(Target.of("secondary"));
        assertThat(events(result, Event.MODEL_CALL)).extracting(event -> event.attributes().get("provider") + "#"
                        + event.attributes().get("attempt") + ":" + event.attributes().get("outcome"))
                .containsExactly("primary#1:upstream_unavailable", "primary#2:upstream_unreachable",
                        "primary#3:upstream_unavailable", "secondary#1:ok");
    }

    @Test
    void retrySucceedingStaysOnTheSameTarget() {
        primary.failingFirst(UNAVAILABLE);

        RunResult result = route().provider("primary", primary).provider("secondary", secondary).retries(1).compile().invoke(request("hi"));

        assertThat(result.answer().orElseThrow().content()).isEqualTo("from primary");
        assertThat(secondary.calls()).isZero();
    }

    @Test
    void nonRetryableFailureFailsWithoutFallback() {
        primary.failingFirst(REJECTED);

        RunResult result = route().provider("primary", primary).provider("secondary", secondary).retries(2).compile().invoke(request("hi"));

        assertThat(result.status()).isEqualTo(RunStatus.FAILED);
        assertThat(result.failure()).map(ProviderException::code).hasValue("upstream_rejected");
        assertThat(primary.calls()).isOne();
        assertThat(secondary.calls()).isZero();
        assertThat(result.halt()).isEmpty();
    }

    @Test
    void everyTargetFailingEndsFailedWithTheLastFailure() {
        primary.failingFirst(UNAVAILABLE);
        secondary.failingFirst(CONNECT);

        RunResult result = route().provider("primary", primary).provider("secondary", secondary).compile().invoke(request("hi"));

        assertThat(result.status()).isEqualTo(RunStatus.FAILED);
        assertThat(result.failure()).map(ProviderException::code).hasValue("upstream_unreachable");
        assertThat(result.state().events()).extracting(Event::type).endsWith(Event.MODEL_CALL, Event.MODEL_CALL, "failed");
    }

    @Test
    void providerThrowingSomethingElseIsANonRetryableFailureNamingIt() {
        RunResult result = route().provider("broken", new ThrowingProvider()).provider("secondary", secondary).retries(3)
                .compile().invoke(request("hi"));

        assertThat(result.status()).isEqualTo(RunStatus.FAILED);
        assertThat(result.failure().orElseThrow().getMessage()).contains("model provider 'broken' threw java.lang.NullPointerException");
        assertThat(secondary.calls()).isZero();
    }

    @Test
    void runsOnTheCallingThread() {
        route().provider("primary", primary).compile().invoke(request("hi"));

        assertThat(primary.callers).containsExactly(Thread.currentThread());
    }
}
