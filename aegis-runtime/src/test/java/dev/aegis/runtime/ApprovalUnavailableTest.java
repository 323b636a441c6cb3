package dev.aegis.runtime;

import static dev.aegis.runtime.TestRoute.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aegis.api.state.Event;
import dev.aegis.api.state.Halt;
import dev.aegis.kernel.plan.Durability;
import dev.aegis.runtime.durable.Decision;
import dev.aegis.runtime.durable.RunNotPausedException;
import org.junit.jupiter.api.Test;

/** A run that needs approval on a route that cannot keep it paused is refused, never left waiting. */
class ApprovalUnavailableTest {

    private final FakeProvider provider = FakeProvider.answering("hi");

    @Test
    void theFastPathOfARouteWithDurabilityNoneRefusesIt() {
        RunResult result = TestRoute.route().ingress("sensitive", FakeGuard.requiringApproval("merger"))
                .provider("main", provider).compileDirect().invoke(request("the merger"));

        assertRefused(result, "durability none");
    }

    @Test
    void aDurableRouteCompiledWithoutAStoreRefusesIt() {
        RunResult result = TestRoute.route().durability(Durability.PAUSE_AND_END).ingress("sensitive", FakeGuard.requiringApproval("merger"))
                .provider("main", provider).compileDirect().invoke(request("the merger"));

        assertRefused(result, "no state store");
    }

    @Test
    void aDecisionForARouteWithoutAStoreFailsAsRunNotPaused() {
        CompiledRoute compiled = TestRoute.route().durability(Durability.PAUSE_AND_END)
                .ingress("sensitive", FakeGuard.requiringApproval("merger")).provider("main", provider).compileDirect();

        assertThatThrownBy(() -> compiled.resume("run-1", Decision.approve("bob")))
                .isInstanceOfSatisfying(RunNotPausedException.class, e -> assertThat(e.code()).isEqualTo("run_not_paused"));
    }

    @Test
    void decisionsNameWhoDecided() {
        assertThatThrownBy(() -> Decision.approve(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Decision.reject("no", "")).isInstanceOf(IllegalArgumentException.class);
    }

    private void assertRefused(RunResult result, String why) {
        assertThat(result.status()).isEqualTo(RunStatus.REFUSED);
        assertThat(result.halt()).hasValueSatisfying(halt -> {
            assertThat(halt).isInstanceOfSatisfying(Halt.Refused.class, refused -> assertThat(refused.code()).isEqualTo("approval_unavailable"));
            assertThat(halt.reason()).contains(why);
        });
        assertThat(provider.calls()).isZero();
        assertThat(TestRoute.events(result, Event.REFUSED)).hasSize(1);
    }
}
