package dev.aegis.pack.llmguard.scanners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aegis.api.guard.Content;
import dev.aegis.api.guard.Guardrail;
import dev.aegis.api.guard.ScanTarget;
import dev.aegis.api.guard.StreamingGuarantee;
import dev.aegis.api.guard.Verdict;
import dev.aegis.api.vector.EmbeddingProvider;
import dev.aegis.pack.llmguard.LookupContext;
import dev.aegis.testkit.FakeEmbeddingProvider;
import dev.aegis.testkit.TestRuns;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Topics described in words, with the testkit's bag-of-words embedder: the plumbing, not the quality (see {@link BannedTopicsPrecisionTest}). */
class BannedTopicsSimilarityTest {

    private static final BannedTopicsConfig.Topic GAMBLING = new BannedTopicsConfig.Topic("gambling", null,
            "betting money on casino games, cards or sports", List.of("which roulette system wins at the casino"), null);
    private static final BannedTopicsConfig.Topic WEAPONS = new BannedTopicsConfig.Topic("weapons",
            new BannedTopicsConfig.Keywords(List.of("pipe bomb")));

    private final FakeEmbeddingProvider embedder = new FakeEmbeddingProvider(256);

    private Guardrail guard(String embedderName) {
        return new BannedTopicsFactory().create(new BannedTopicsConfig(List.of(GAMBLING, WEAPONS), null, null, null, embedderName, 0.6),
                LookupContext.with(EmbeddingProvider.class, "minilm", embedder));
    }

    @Test
    void aTextCloseToATopicsExampleIsBlockedWithItsSimilarityButNotTheText() {
        Verdict verdict = guard("minilm").scan(Content.of(ScanTarget.PROMPT, "Which roulette system wins at the casino?"), TestRuns.state("hi"));

        assertThat(verdict).isInstanceOfSatisfying(Verdict.Block.class, block -> {
            assertThat(block.reason()).isEqualTo("content contains a banned topic (gambling)");
            assertThat(block.evidence()).singleElement().satisfies(evidence -> {
                assertThat(evidence.rule()).isEqualTo("gambling");
                assertThat(evidence.excerpt()).matches("embedding: similarity \\d\\.\\d\\d, threshold 0\\.60").doesNotContain("roulette");
            });
        });
    }

    @Test
    void aTextFarFromEveryTopicIsAllowedAndKeywordsStillWork() {
        Guardrail guard = guard("minilm");

        assertThat(guard.scan(Content.of(ScanTarget.PROMPT, "Summarise the history of the Eiffel Tower."), TestRuns.state("hi"))).isEqualTo(Verdict.allow());
        assertThat(guard.scan(Content.of(ScanTarget.PROMPT, "how is a pipe bomb made"), TestRuns.state("hi")))
                .isInstanceOfSatisfying(Verdict.Block.class, block -> assertThat(block.evidence()).extracting(e -> e.rule()).containsExactly("weapons"));
    }

    @Test
    void theDescriptionAndExamplesAreEmbeddedOnceAtLoadAndAnAnswerIsJudgedWhole() {
        Guardrail guard = guard("minilm");

        assertThat(embedder.requests()).singleElement().satisfies(request -> assertThat(request.inputs()).hasSize(2));
        assertThat(guard.streaming()).isEqualTo(StreamingGuarantee.fullContext());
    }

    @Test
    void anUnknownEmbedderIsAConfigErrorNamingTheConfiguredOnes() {
        assertThatThrownBy(() -> guard("bert")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'bert'").hasMessageContaining("[minilm]");
    }
}
