package dev.aegis.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aegis.api.guard.Content;
import dev.aegis.api.guard.Evidence;
import dev.aegis.api.guard.Guardrail;
import dev.aegis.api.guard.ScanTarget;
import dev.aegis.api.guard.Verdict;
import dev.aegis.api.state.RunState;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The promises of {@link Guardrail}, for every implementation: it always answers, copes with empty
 * text, declares its streaming guarantee and targets, and its evidence never quotes what it found.
 *
 * <pre>{@code
 * class BlockCompetitorsContractTest extends GuardrailContractTest {
 *     protected Guardrail guardrail() { return new BlockCompetitors(List.of("acme")); }
 *     protected String sensitiveSample() { return "acme"; }
 * }
 * }</pre>
 */
public abstract class GuardrailContractTest {

    /** The guard under test; called once per test. */
    protected abstract Guardrail guardrail();

    /**
     * Text the guard acts on (blocks, sanitizes or sends for approval) for at least one of its
     * targets, e.g. an email address for a personal-data guard. Its evidence must never quote it.
     */
    protected abstract String sensitiveSample();

    /** Text the guard has no reason to object to. */
    protected String benignSample() {
        return "The weather is mild today, and the meeting starts at ten.";
    }

    /** The run the scans happen in. */
    protected RunState state() {
        return TestRuns.state(benignSample());
    }

    @Test
    void scanNeverReturnsNull() {
        Guardrail guard = guardrail();
        for (ScanTarget target : guard.targets()) {
            for (String text : List.of(benignSample(), sensitiveSample(), embedded(sensitiveSample()))) {
                assertThat(guard.scan(Content.of(target, text), state())).as("verdict for %s text", target).isNotNull();
            }
        }
    }

    @Test
    void emptyTextIsHandled() {
        Guardrail guard = guardrail();
        for (ScanTarget target : guard.targets()) {
            assertThat(guard.scan(Content.of(target, ""), state())).as("verdict for empty %s text", target).isNotNull();
            assertThat(guard.scan(new Content(target, "", true), state())).as("verdict for an empty %s window", target).isNotNull();
        }
    }

    @Test
    void theSensitiveSampleIsActedOnForSomeTarget() {
        Guardrail guard = guardrail();

        assertThat(guard.targets())
                .as("the sensitive sample must draw something other than allow for at least one target, or the evidence checks prove nothing")
                .anySatisfy(target -> assertThat(guard.scan(Content.of(target, embedded(sensitiveSample())), state()))
                        .isNotInstanceOf(Verdict.Allow.class));
    }

    @Test
    void evidenceAndReasonsNeverQuoteTheSensitiveSample() {
        Guardrail guard = guardrail();
        String sample = sensitiveSample();
        for (ScanTarget target : guard.targets()) {
            for (String text : List.of(sample, embedded(sample))) {
                Verdict verdict = guard.scan(Content.of(target, text), state());

                assertThat(verdict.evidence()).as("evidence for %s", target)
                        .allSatisfy(evidence -> assertThat(evidence.excerpt()).doesNotContain(sample));
                if (verdict instanceof Verdict.Block block) {
                    assertThat(block.reason()).as("block reason for %s (it reaches the client)", target).doesNotContain(sample);
                }
                if (verdict instanceof Verdict.RequireApproval approval) {
                    assertThat(approval.reason()).as("approval reason for %s", target).doesNotContain(sample);
                }
            }
        }
    }

    @Test
    void evidenceSpansLieInsideTheScannedText() {
        Guardrail guard = guardrail();
        String text = embedded(sensitiveSample());
        for (ScanTarget target : guard.targets()) {
            for (Evidence evidence : guard.scan(Content.of(target, text), state()).evidence()) {
                assertThat(evidence.end()).as("end of evidence %s for %s", evidence.rule(), target).isLessThanOrEqualTo(text.length());
            }
        }
    }

    @Test
    void streamingGuaranteeIsDeclared() {
        assertThat(guardrail().streaming()).isNotNull();
    }

    @Test
    void targetsAreDeclared() {
        assertThat(guardrail().targets()).isNotNull().isNotEmpty();
    }

    private String embedded(String sample) {
        return "Here is what I wanted to share: " + sample + " - thanks for looking.";
    }
}
