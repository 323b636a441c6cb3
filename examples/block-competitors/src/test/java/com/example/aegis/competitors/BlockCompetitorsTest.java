package com.example.aegis.competitors;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aegis.api.guard.Content;
import dev.aegis.api.guard.Evidence;
import dev.aegis.api.guard.Guardrail;
import dev.aegis.api.guard.ScanTarget;
import dev.aegis.api.guard.StreamingGuarantee;
import dev.aegis.api.guard.Verdict;
import dev.aegis.testkit.FakePluginContext;
import dev.aegis.testkit.TestRuns;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BlockCompetitorsTest {

    private final Guardrail blocking = create(BlockCompetitorsConfig.blocking("Acme", "Globex"));

    @Test
    void aPromptMentioningACompetitorIsBlocked() {
        assertThat(scan(blocking, "Is Globex cheaper than you?")).isInstanceOf(Verdict.Block.class);
    }

    @Test
    void cleanTextIsAllowed() {
        assertThat(scan(blocking, "What does your premium plan include?")).isInstanceOf(Verdict.Allow.class);
    }

    @Test
    void aNameInsideALongerWordIsNotAMention() {
        assertThat(scan(blocking, "We met in Acmeville, near the Globextra plant, and at subacme.")).isInstanceOf(Verdict.Allow.class);
    }

    @Test
    void punctuationAroundANameStillMakesItAWholeWord() {
        assertThat(scan(blocking, "(Acme's offer) and \"globex\".")).isInstanceOfSatisfying(Verdict.Block.class,
                block -> assertThat(block.evidence()).hasSize(2));
    }

    @Test
    void namesMatchIgnoringCaseByDefault() {
        assertThat(scan(blocking, "what about ACME?")).isInstanceOf(Verdict.Block.class);
    }

    @Test
    void aCaseSensitiveGuardMatchesOnlyTheConfiguredSpelling() {
        Guardrail guard = create(new BlockCompetitorsConfig(List.of("Acme"), Optional.empty(), true));

        assertThat(scan(guard, "the acme of perfection")).isInstanceOf(Verdict.Allow.class);
        assertThat(scan(guard, "the Acme offer")).isInstanceOf(Verdict.Block.class);
    }

    @Test
    void namesThatEndInSymbolsAreWholeWordsToo() {
        Guardrail guard = create(BlockCompetitorsConfig.blocking("C++"));

        assertThat(scan(guard, "rewrite it in C++ please")).isInstanceOf(Verdict.Block.class);
        assertThat(scan(guard, "rewrite it in C++20 please")).isInstanceOf(Verdict.Allow.class);
    }

    @Test
    void evidenceNamesTheRuleAndWhereButNeverTheName() {
        Verdict verdict = scan(blocking, "Try Globex.");

        assertThat(verdict.evidence()).containsExactly(new Evidence("competitor-name", "<competitor name>", 4, 10));
        assertThat(((Verdict.Block) verdict).reason()).doesNotContainIgnoringCase("globex");
    }

    @Test
    void aReplacementSanitizesEveryMentionInsteadOfBlocking() {
        Guardrail guard = create(BlockCompetitorsConfig.sanitizing("[competitor]", "Acme", "Globex"));

        assertThat(scan(guard, "Acme or globex? Or ACME!")).isInstanceOfSatisfying(Verdict.Sanitize.class, sanitize -> {
            assertThat(sanitize.content()).isEqualTo("[competitor] or [competitor]? Or [competitor]!");
            assertThat(sanitize.evidence()).hasSize(3);
        });
    }

    @Test
    void theLongestOfOverlappingNamesWins() {
        Guardrail guard = create(BlockCompetitorsConfig.sanitizing("[competitor]", "Acme", "Acme Corp"));

        assertThat(scan(guard, "Acme Corp says hi")).isInstanceOfSatisfying(Verdict.Sanitize.class,
                sanitize -> assertThat(sanitize.content()).isEqualTo("[competitor] says hi"));
    }

    @Test
    void aStreamIsHeldBackByTheLongestNameAndOneCharacterEitherSide() {
        Guardrail guard = create(BlockCompetitorsConfig.blocking("Acme", "Globex Corporation"));

        assertThat(guard.streaming()).isEqualTo(StreamingGuarantee.window("Globex Corporation".length() + 2));
    }

    @Test
    void aNameAtTheEdgeOfAStreamedWindowIsTreatedAsAMention() {
        // the next chunk might turn it into "Acmeville", but the guard cannot know: it fails closed
        assertThat(blocking.scan(new Content(ScanTarget.RESPONSE, "you could ask Acme", true), TestRuns.state("hi")))
                .isInstanceOf(Verdict.Block.class);
    }

    @Test
    void onlyPromptsAndResponsesAreScanned() {
        assertThat(blocking.targets()).containsExactlyInAnyOrder(ScanTarget.PROMPT, ScanTarget.RESPONSE);
    }

    private static Guardrail create(BlockCompetitorsConfig config) {
        return new BlockCompetitorsFactory().create(config, FakePluginContext.create());
    }

    private static Verdict scan(Guardrail guard, String text) {
        return guard.scan(Content.of(ScanTarget.PROMPT, text), TestRuns.state(text));
    }
}
