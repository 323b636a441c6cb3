package dev.aegis.api.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aegis.api.auth.Principal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RunStateTest {

    private final RunState start = RunState.start("run-1", "support", Principal.of("alice", "payments"), List.of(Message.user("hi")));

    @Test
    void applyingADeltaLeavesTheOriginalUnchanged() {
        RunState next = start.apply(StateDelta.of(RunState.ROUTE, "other"));

        assertThat(start.route()).isEqualTo("support");
        assertThat(next.route()).isEqualTo("other");
        assertThat(next.runId()).isEqualTo("run-1");
    }

    @Test
    void eachKeyMergesByItsOwnRule() {
        RunState next = start
                .apply(StateDelta.empty().event(Event.of("a", "t", "1")).label("x", "1").with(RunState.USAGE, Usage.ofTokens(1, 2)))
                .apply(StateDelta.empty().event(Event.of("b", "t", "2")).label("y", "2").with(RunState.USAGE, Usage.ofTokens(3, 4)));

        assertThat(next.events()).extracting(Event::source).containsExactly("a", "b");
        assertThat(next.labels()).containsExactlyInAnyOrderEntriesOf(Map.of("x", "1", "y", "2"));
        assertThat(next.usage()).isEqualTo(Usage.ofTokens(4, 6));
    }

    @Test
    void twoUpdatesOfOneKeyInOneDeltaAreMerged() {
        StateDelta delta = StateDelta.empty().event(Event.of("a", "t", "1")).event(Event.of("b", "t", "2"));

        assertThat(start.apply(delta).events()).hasSize(2);
    }

    @Test
    void aRemovalTakesTheKeyOutWhateverItsMergeRule() {
        RunState halted = start.apply(StateDelta.empty().halt(new Halt.AwaitingApproval("ingress.1.guard", "wire")).label("k", "v"));

        RunState resumed = halted.apply(StateDelta.empty().without(RunState.HALT).without(RunState.LABELS));

        assertThat(resumed.halt()).isEmpty();
        assertThat(resumed.labels()).isEmpty();
        assertThat(resumed.runId()).isEqualTo("run-1");
        assertThat(resumed.apply(StateDelta.empty().without(RunState.HALT)).halt()).isEmpty();
        assertThat(StateDelta.empty().without(RunState.HALT).removals()).containsExactly(RunState.HALT);
        assertThat(StateDelta.empty().without(RunState.HALT).values()).isEmpty();
    }

    @Test
    void aRemovalFollowedByAnUpdateSetsTheKeyAgain() {
        RunState labelled = start.apply(StateDelta.empty().label("old", "1"));

        RunState replaced = labelled.apply(StateDelta.empty().without(RunState.LABELS).label("new", "2"));

        assertThat(replaced.labels()).containsExactly(Map.entry("new", "2"));
    }

    @Test
    void confidentialValuesNeverPrint() {
        RunState masked = start.apply(StateDelta.of(RunState.MASK_MAP, MaskMap.of(Map.of("<EMAIL_1>", "alice@example.com"))));

        assertThat(masked.toString()).doesNotContain("alice@example.com").contains("<confidential>");
        assertThat(masked.maskMap().toString()).doesNotContain("alice@example.com");
    }

    @Test
    void nullValuesAreRefusedNamingTheKey() {
        assertThatThrownBy(() -> StateDelta.of(RunState.ROUTE, null)).hasMessageContaining("route");
    }
}
