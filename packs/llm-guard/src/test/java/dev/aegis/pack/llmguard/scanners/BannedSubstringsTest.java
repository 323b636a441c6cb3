package dev.aegis.pack.llmguard.scanners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aegis.api.guard.Content;
import dev.aegis.api.guard.Evidence;
import dev.aegis.api.guard.Guardrail;
import dev.aegis.api.guard.ScanTarget;
import dev.aegis.api.guard.StreamingGuarantee;
import dev.aegis.api.guard.Verdict;
import dev.aegis.testkit.FakePluginContext;
import dev.aegis.testkit.TestRuns;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BannedSubstringsTest {

    private static final BannedSubstringsConfig.Rule COMPETITORS = new BannedSubstringsConfig.Rule("competitors", List.of("Acme Corp", "Globex"));

    @ParameterizedTest
    @ValueSource(strings = {"acme corp", "ACME CORP", "Acme\u200B Corp", "Acme\u00A0\u00A0Corp", "Acme\nCorp", "\uFF21\uFF43\uFF4D\uFF45 \uFF23\uFF4F\uFF52\uFF50",
        "\u0410\u0441m\u0435 C\u043Erp", "Ac\u00ADme Corp", "GL\u039FBEX", "globex"})
    void aCompetitorIsFoundHoweverItIsWritten(String written) {
        Verdict verdict = scan(guard(null), "Have you compared us with " + written + " lately?");

        assertThat(verdict).isInstanceOfSatisfying(Verdict.Block.class, block -> {
            assertThat(block.reason()).isEqualTo("content contains a banned substring (competitors)");
            assertThat(block.evidence()).singleElement().satisfies(evidence -> {
                assertThat(evidence.rule()).isEqualTo("competitors");
                assertThat(evidence.excerpt()).doesNotContainIgnoringCase("acme").doesNotContainIgnoringCase("globex");
            });
        });
    }

    @Test
    void wholeWordsDoNotMatchInsideLongerWords() {
        assertThat(scan(guard(null), "The Globexian empire and acme corporation")).isEqualTo(Verdict.allow());
    }

    @Test
    void anywhereMatchesInsideWordsToo() {
        Guardrail anywhere = new BannedSubstringsFactory().create(
                new BannedSubstringsConfig(List.of(COMPETITORS), null, false, null, null, null), FakePluginContext.create());

        assertThat(scan(anywhere, "The Globexian empire")).isInstanceOf(Verdict.Block.class);
    }

    @Test
    void sanitizeReplacesTheWholeOriginalStretchInvisibleCharactersIncluded() {
        Verdict verdict = scan(guard(ScannerAction.SANITIZE), "Try \uFF21cme\u200B  Corp or globex, not us.");

        assertThat(verdict).isInstanceOfSatisfying(Verdict.Sanitize.class, sanitize -> {
            assertThat(sanitize.content()).isEqualTo("Try [REDACTED] or [REDACTED], not us.");
            assertThat(sanitize.evidence()).extracting(Evidence::start, Evidence::end)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(4, 15), org.assertj.core.groups.Tuple.tuple(19, 25));
        });
    }

    @Test
    void theStrictestActionOfTheRulesThatMatchedDecides() {
        Guardrail guard = new BannedSubstringsFactory().create(new BannedSubstringsConfig(List.of(
                new BannedSubstringsConfig.Rule("codenames", List.of("bluebird"), ScannerAction.SANITIZE),
                new BannedSubstringsConfig.Rule("legal", List.of("lawsuit"), ScannerAction.REQUIRE_APPROVAL)),
                null, null, null, null, null), FakePluginContext.create());

        assertThat(scan(guard, "project bluebird")).isInstanceOf(Verdict.Sanitize.class);
        assertThat(scan(guard, "project bluebird and the lawsuit")).isInstanceOfSatisfying(Verdict.RequireApproval.class,
                approval -> assertThat(approval.evidence()).extracting(Evidence::rule).containsExactly("codenames", "legal"));
    }

    @Test
    void overlappingPhrasesAreAllFound() {
        Guardrail guard = new BannedSubstringsFactory().create(new BannedSubstringsConfig(List.of(
                new BannedSubstringsConfig.Rule("a", List.of("new york")), new BannedSubstringsConfig.Rule("b", List.of("york city"))),
                ScannerAction.SANITIZE, null, "#", null, null), FakePluginContext.create());

        Verdict verdict = scan(guard, "in New York City today");

        assertThat(verdict.evidence()).extracting(Evidence::rule).containsExactly("a", "b");
        assertThat(((Verdict.Sanitize) verdict).content()).isEqualTo("in # today");
    }

    @Test
    void streamsWithAWindowOfFourTimesTheLongestSubstring() {
        assertThat(guard(null).streaming()).isEqualTo(StreamingGuarantee.window(64));
        BannedSubstringsConfig longer = new BannedSubstringsConfig(List.of(new BannedSubstringsConfig.Rule("x", List.of("a".repeat(30)))),
                null, null, null, null, null);
        assertThat(longer.window()).isEqualTo(120);
    }

    @Test
    void aSubstringOfInvisibleCharactersOnlyFailsAtLoadNamingItsRule() {
        BannedSubstringsConfig config = new BannedSubstringsConfig(List.of(new BannedSubstringsConfig.Rule("ghost", List.of("\u200B "))),
                null, null, null, null, null);

        assertThatThrownBy(() -> new BannedSubstringsFactory().create(config, FakePluginContext.create()))
                .hasMessageContaining("rule 'ghost'").hasMessageContaining("phrase 1");
    }

    private static Guardrail guard(ScannerAction action) {
        return new BannedSubstringsFactory().create(new BannedSubstringsConfig(List.of(COMPETITORS), action, null, null, null, null),
                FakePluginContext.create());
    }

    private static Verdict scan(Guardrail guard, String text) {
        return guard.scan(Content.of(ScanTarget.RESPONSE, text), TestRuns.state("hi"));
    }
}
