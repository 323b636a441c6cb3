package dev.aegis.pack.pii;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aegis.api.guard.Content;
import dev.aegis.api.guard.Guardrail;
import dev.aegis.api.guard.ScanTarget;
import dev.aegis.api.guard.Verdict;
import dev.aegis.api.state.MaskMap;
import dev.aegis.api.state.RunState;
import dev.aegis.testkit.TestRuns;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PiiMaskTest {

    private final Guardrail mask = Guards.mask();

    @Test
    void replacesEachValueWithATypedPlaceholderAndKeepsTheOriginalInTheMaskMap() {
        Verdict verdict = scan(mask, "I'm Jane Miller, write to jane.miller@example.com or call +44 20 7946 0958.", TestRuns.run().build());

        assertThat(verdict).isInstanceOfSatisfying(Verdict.Sanitize.class, sanitize -> {
            assertThat(sanitize.content()).isEqualTo("I'm <PERSON_1>, write to <EMAIL_1> or call <PHONE_1>.");
            assertThat(sanitize.delta().values().get(RunState.MASK_MAP)).isEqualTo(MaskMap.of(Map.of(
                    "<PERSON_1>", "Jane Miller", "<EMAIL_1>", "jane.miller@example.com", "<PHONE_1>", "+44 20 7946 0958")));
        });
    }

    @Test
    void theSameValueKeepsItsPlaceholderAcrossTheMessagesOfARun() {
        Ingress.Result run = Ingress.run(mask, "Mail jane@example.com please.", "Also bob@example.org.", "Again: jane@example.com");

        assertThat(run.texts()).containsExactly("Mail <EMAIL_1> please.", "Also <EMAIL_2>.", "Again: <EMAIL_1>");
        assertThat(run.state().maskMap().entries()).isEqualTo(Map.of("<EMAIL_1>", "jane@example.com", "<EMAIL_2>", "bob@example.org"));
    }

    @Test
    void aValueRepeatedInOneMessageGetsOnePlaceholder() {
        assertThat(content(scan(mask, "jane@example.com, JANE@example.com and jane@example.com", TestRuns.run().build())))
                .isEqualTo("<EMAIL_1>, <EMAIL_1> and <EMAIL_1>");
    }

    @Test
    void numberingContinuesFromThePlaceholdersTheRunAlreadyHas() {
        RunState state = TestRuns.run().masked("<EMAIL_1>", "old@example.com").masked("<EMAIL_7>", "older@example.com").build();

        Verdict verdict = scan(mask, "new@example.com and old@example.com", state);

        assertThat(content(verdict)).isEqualTo("<EMAIL_8> and <EMAIL_1>");
        assertThat(((Verdict.Sanitize) verdict).delta().values().get(RunState.MASK_MAP)).isEqualTo(MaskMap.of(Map.of("<EMAIL_8>", "new@example.com")));
    }

    @Test
    void aPlaceholderTakenByAnotherValueIsNeverReused() {
        RunState state = TestRuns.run().masked("<PHONE_1>", "not a number this pack wrote").build();

        assertThat(content(scan(mask, "Call +1 202 555 0143", state))).isEqualTo("Call <PHONE_2>");
    }

    @Test
    void theSameCardWrittenDifferentlySharesAPlaceholder() {
        assertThat(content(scan(mask, "4111 1111 1111 1111 or 4111-1111-1111-1111", TestRuns.run().build())))
                .isEqualTo("<CREDIT_CARD_1> or <CREDIT_CARD_1>");
    }

    @Test
    void redactedValuesCannotBeRestoredAndStayOutOfTheMaskMap() {
        Verdict verdict = scan(Guards.mask("entities: {email: redact}"), "Mail jane@example.com", TestRuns.run().build());

        assertThat(content(verdict)).isEqualTo("Mail [REDACTED]");
        assertThat(((Verdict.Sanitize) verdict).delta().isEmpty()).isTrue();
    }

    @Test
    void hashedValuesAreStableUnderOneKeyAndDifferUnderAnother() {
        Guardrail hashing = Guards.mask("entities: {email: hash}\nhash-key: {secret: 'env:ONE'}");
        Guardrail sameKey = Guards.mask("entities: {email: hash}\nhash-key: {secret: 'env:ONE'}");
        Guardrail otherKey = Guards.mask("entities: {email: hash}\nhash-key: {secret: 'env:TWO'}");
        String text = "Mail jane@example.com";

        String hashed = content(scan(hashing, text, TestRuns.run().build()));

        assertThat(hashed).matches("Mail <EMAIL_h:[0-9a-f]{8}>");
        assertThat(content(scan(sameKey, text, TestRuns.run().build()))).isEqualTo(hashed);
        assertThat(content(scan(otherKey, text, TestRuns.run().build()))).isNotEqualTo(hashed);
        assertThat(((Verdict.Sanitize) scan(hashing, text, TestRuns.run().build())).delta().isEmpty()).isTrue();
    }

    @Test
    void withoutAHashKeyEachProcessHashesWithItsOwnRandomKey() {
        Guardrail hashing = Guards.mask("entities: {email: hash}");

        assertThat(content(scan(hashing, "jane@example.com", TestRuns.run().build())))
                .isEqualTo(content(scan(hashing, "jane@example.com", TestRuns.run().build())))
                .matches("<EMAIL_h:[0-9a-f]{8}>");
    }

    @Test
    void aBlockingEntityRefusesTheRunNamingOnlyItsType() {
        Verdict verdict = scan(Guards.mask("entities: {credit-card: block}"), "Card 4111 1111 1111 1111 for jane@example.com", TestRuns.run().build());

        assertThat(verdict).isInstanceOfSatisfying(Verdict.Block.class, block -> {
            assertThat(block.reason()).contains("CREDIT_CARD").doesNotContain("4111");
            assertThat(block.evidence()).extracting(evidence -> evidence.rule()).contains("credit-card", "email");
        });
    }

    @Test
    void allowedEntitiesAndAllowListedValuesAreLeftAlone() {
        Guardrail guard = Guards.mask("entities: {person: allow}\nallow-list: [SUPPORT@aegis.dev]");

        assertThat(content(scan(guard, "Jane Miller asks support@aegis.dev and bob@example.org", TestRuns.run().build())))
                .isEqualTo("Jane Miller asks support@aegis.dev and <EMAIL_1>");
    }

    @Test
    void evidenceNamesTheTypeAndSpanButNeverTheValue() {
        String text = "Mail jane@example.com now";

        assertThat(scan(mask, text, TestRuns.run().build()).evidence()).singleElement().satisfies(evidence -> {
            assertThat(evidence.rule()).isEqualTo("email");
            assertThat(evidence.excerpt()).isEqualTo("<EMAIL>");
            assertThat(text.substring(evidence.start(), evidence.end())).isEqualTo("jane@example.com");
        });
    }

    @Test
    void theMinimumConfidenceDecidesAboutUncertainFindings() {
        String text = "Ticket 86095742719";

        assertThat(scan(mask, text, TestRuns.run().build())).isInstanceOf(Verdict.Allow.class);
        assertThat(content(scan(Guards.mask("min-confidence: 0.3"), text, TestRuns.run().build()))).isEqualTo("Ticket <NATIONAL_ID_1>");
    }

    @Test
    void textWithoutPersonalDataIsAllowed() {
        assertThat(scan(mask, "Summarize the attached quarterly report in three bullet points.", TestRuns.run().build()))
                .isInstanceOf(Verdict.Allow.class);
    }

    @Test
    void contentOutsideTheConfiguredTargetsIsAllowed() {
        Verdict verdict = mask.scan(Content.of(ScanTarget.RESPONSE, "jane@example.com"), TestRuns.run().build());

        assertThat(verdict).isInstanceOf(Verdict.Allow.class);
        assertThat(mask.targets()).doesNotContain(ScanTarget.RESPONSE);
    }

    static Verdict scan(Guardrail guard, String text, RunState state) {
        return guard.scan(Content.of(ScanTarget.PROMPT, text), state);
    }

    static String content(Verdict verdict) {
        assertThat(verdict).isInstanceOf(Verdict.Sanitize.class);
        return ((Verdict.Sanitize) verdict).content();
    }
}
