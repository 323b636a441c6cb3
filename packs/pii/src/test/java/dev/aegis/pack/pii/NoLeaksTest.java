package dev.aegis.pack.pii;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aegis.api.guard.Content;
import dev.aegis.api.guard.Evidence;
import dev.aegis.api.guard.Guardrail;
import dev.aegis.api.guard.ScanTarget;
import dev.aegis.api.guard.Verdict;
import dev.aegis.testkit.TestRuns;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The originals never show outside the mask map: not in masked text, evidence, reasons or anything's string form. */
class NoLeaksTest {

    private static final List<String> ORIGINALS = List.of("Jane Miller", "jane.miller@example.com", "+44 20 7946 0958",
            "4111 1111 1111 1111", "DE89 3704 0044 0532 0130 00", "123-45-6789", "203.0.113.42", "sk-proj-Qw3rTy9UiOp4AsDf5GhJk6LzXc7VbNm8",
            "12 March 1985", "221B Baker Street");
    private static final String TEXT = "I'm Jane Miller (jane.miller@example.com, +44 20 7946 0958), card 4111 1111 1111 1111, "
            + "IBAN DE89 3704 0044 0532 0130 00, SSN 123-45-6789, IP 203.0.113.42, key sk-proj-Qw3rTy9UiOp4AsDf5GhJk6LzXc7VbNm8, "
            + "born on 12 March 1985, living at 221B Baker Street.";

    @Test
    void maskedTextEvidenceVerdictAndDeltaShowNoOriginal() {
        Verdict verdict = Guards.mask().scan(Content.of(ScanTarget.PROMPT, TEXT), TestRuns.run().build());

        assertThat(verdict).isInstanceOfSatisfying(Verdict.Sanitize.class, sanitize -> {
            assertThat(sanitize.content()).doesNotContain(ORIGINALS);
            assertThat(sanitize.evidence()).hasSize(ORIGINALS.size());
            assertThat(sanitize.toString()).doesNotContain(ORIGINALS);
            assertThat(sanitize.delta().toString()).doesNotContain(ORIGINALS);
            assertThat(sanitize.delta().values().toString()).doesNotContain(ORIGINALS);
        });
        assertNoOriginals(verdict.evidence());
    }

    @Test
    void blockReasonsAndEvidenceShowNoOriginal() {
        Verdict verdict = Guards.mask("entities: {person: block, email: block, credit-card: block, iban: block}")
                .scan(Content.of(ScanTarget.PROMPT, TEXT), TestRuns.run().build());

        assertThat(verdict).isInstanceOfSatisfying(Verdict.Block.class, block -> assertThat(block.reason() + block).doesNotContain(ORIGINALS));
        assertNoOriginals(verdict.evidence());
    }

    @Test
    void unmaskEvidenceShowsNoOriginal() {
        Ingress.Result ingress = Ingress.run(Guards.mask(), TEXT);
        Guardrail unmask = Guards.unmask();

        Verdict verdict = unmask.scan(Content.of(ScanTarget.RESPONSE, ingress.texts().getFirst()), ingress.state());

        assertNoOriginals(verdict.evidence());
        assertThat(ingress.state().toString()).doesNotContain(ORIGINALS);
        assertThat(ingress.state().maskMap().toString()).doesNotContain(ORIGINALS);
    }

    @Test
    void guardsPrintNothingOfTheirRuns() {
        Guardrail mask = Guards.mask();
        mask.scan(Content.of(ScanTarget.PROMPT, TEXT), TestRuns.run().build());

        assertThat(mask.toString() + Guards.unmask()).doesNotContain(ORIGINALS);
    }

    private static void assertNoOriginals(List<Evidence> evidence) {
        for (Evidence item : evidence) {
            assertThat(item.rule() + " " + item.excerpt() + " " + item).doesNotContain(ORIGINALS);
        }
    }
}
