package dev.aegis.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aegis.api.guard.Content;
import dev.aegis.api.guard.ScanTarget;
import dev.aegis.api.guard.StreamingGuarantee;
import dev.aegis.api.guard.Verdict;
import dev.aegis.api.state.RunState;
import org.junit.jupiter.api.Test;

class ScriptedGuardrailTest {

    private final RunState state = TestRuns.state("hi");

    @Test
    void recordsWhatItScannedAndInWhichRun() {
        ScriptedGuardrail guard = ScriptedGuardrail.allowing();

        guard.scan(Content.of(ScanTarget.PROMPT, "first"), state);
        guard.scan(Content.of(ScanTarget.RESPONSE, "second"), state);

        assertThat(guard.seenTexts()).containsExactly("first", "second");
        assertThat(guard.scans()).extracting(ScriptedGuardrail.Scan::state).containsOnly(state);
        assertThat(guard.scanCount()).isEqualTo(2);
    }

    @Test
    void blockingWhenContainsBlocksMatchesWithEvidenceThatDoesNotQuoteThem() {
        ScriptedGuardrail guard = ScriptedGuardrail.blockingWhenContains("acme", "competitor");

        Verdict verdict = guard.scan(Content.of(ScanTarget.PROMPT, "try acme instead"), state);

        assertThat(verdict).isInstanceOfSatisfying(Verdict.Block.class, block -> {
            assertThat(block.reason()).isEqualTo("competitor");
            assertThat(block.evidence()).singleElement().satisfies(evidence -> {
                assertThat(evidence.excerpt()).doesNotContain("acme");
                assertThat(evidence.start()).isEqualTo(4);
                assertThat(evidence.end()).isEqualTo(8);
            });
        });
        assertThat(guard.scan(Content.of(ScanTarget.PROMPT, "nothing here"), state)).isEqualTo(Verdict.allow());
    }

    @Test
    void aFailingGuardThrowsItsFailureAndStillRecordsTheScan() {
        IllegalStateException failure = new IllegalStateException("engine down");
        ScriptedGuardrail guard = ScriptedGuardrail.failingWith(failure);

        assertThatThrownBy(() -> guard.scan(Content.of(ScanTarget.PROMPT, "x"), state)).isSameAs(failure);
        assertThat(guard.scanCount()).isEqualTo(1);
    }

    @Test
    void streamingAndTargetsAreConfigurableAndStartARecordOfTheirOwn() {
        ScriptedGuardrail guard = ScriptedGuardrail.allowing();
        guard.scan(Content.of(ScanTarget.PROMPT, "x"), state);

        ScriptedGuardrail configured = guard.withStreaming(StreamingGuarantee.window(16)).withTargets(ScanTarget.TOOL_ARGUMENTS, ScanTarget.TOOL_RESULT);

        assertThat(configured.streaming()).isEqualTo(StreamingGuarantee.window(16));
        assertThat(configured.targets()).containsExactlyInAnyOrder(ScanTarget.TOOL_ARGUMENTS, ScanTarget.TOOL_RESULT);
        assertThat(configured.scans()).isEmpty();
        assertThat(ScriptedGuardrail.allowing().streaming()).isEqualTo(StreamingGuarantee.fullContext());
        assertThat(ScriptedGuardrail.allowing().targets()).containsExactlyInAnyOrder(ScanTarget.values());
    }
}
