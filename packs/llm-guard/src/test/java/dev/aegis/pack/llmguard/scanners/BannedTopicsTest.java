package dev.aegis.pack.llmguard.scanners;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aegis.api.guard.Content;
import dev.aegis.api.guard.Guardrail;
import dev.aegis.api.guard.ScanTarget;
import dev.aegis.api.guard.StreamingGuarantee;
import dev.aegis.api.guard.Verdict;
import dev.aegis.testkit.FakePluginContext;
import dev.aegis.testkit.TestRuns;
import java.util.List;
import org.junit.jupiter.api.Test;

class BannedTopicsTest {

    private static final BannedTopicsConfig.Topic WEAPONS = new BannedTopicsConfig.Topic("weapons",
            new BannedTopicsConfig.Keywords(List.of("pipe bomb", "detonator", "explosive charge")));
    private static final BannedTopicsConfig.Topic MEDICAL = new BannedTopicsConfig.Topic("medical-advice",
            new BannedTopicsConfig.Keywords(List.of("dosage", "prescription", "diagnosis"), 2, null));

    private final Guardrail guard = new BannedTopicsFactory().create(new BannedTopicsConfig(List.of(WEAPONS, MEDICAL), null, null, null),
            FakePluginContext.create());

    @Test
    void oneKeywordIsEnoughForATopicThatAsksForOne() {
        Verdict verdict = scan("How would someone wire a DETONATOR?");

        assertThat(verdict).isInstanceOfSatisfying(Verdict.Block.class, block -> {
            assertThat(block.reason()).isEqualTo("content contains a banned topic (weapons)");
            assertThat(block.evidence()).singleElement().satisfies(evidence -> {
                assertThat(evidence.rule()).isEqualTo("weapons");
                assertThat(evidence.excerpt()).isEqualTo("keywords: 1 of the topic's phrases");
            });
        });
    }

    @Test
    void aTopicAskingForTwoDifferentPhrasesIgnoresOneRepeated() {
        assertThat(scan("What dosage? The dosage on the box.")).isEqualTo(Verdict.allow());
        assertThat(scan("Is this dosage right for my diagnosis?")).isInstanceOfSatisfying(Verdict.Block.class,
                block -> assertThat(block.evidence()).singleElement().satisfies(evidence -> assertThat(evidence.excerpt()).contains("2 of")));
    }

    @Test
    void phrasesAreMatchedThroughInvisibleCharactersWidthAndLookAlikes() {
        assertThat(scan("a p\u0456pe\u200B bomb")).isInstanceOf(Verdict.Block.class);
        assertThat(scan("\uFF50\uFF49\uFF50\uFF45 \uFF42\uFF4F\uFF4D\uFF42")).isInstanceOf(Verdict.Block.class);
    }

    @Test
    void topicsNeedingSeveralPhrasesHoldTheWholeAnswerOthersAWindow() {
        assertThat(guard.streaming()).isEqualTo(StreamingGuarantee.fullContext());
        Guardrail onePhrase = new BannedTopicsFactory().create(new BannedTopicsConfig(List.of(WEAPONS), null, null, null), FakePluginContext.create());
        assertThat(onePhrase.streaming()).isEqualTo(StreamingGuarantee.window(64));
    }

    @Test
    void flaggingRecordsTheTopicAndStopsNothing() {
        Guardrail flag = new BannedTopicsFactory().create(new BannedTopicsConfig(List.of(WEAPONS), ScannerAction.FLAG, null, null),
                FakePluginContext.create());

        Verdict verdict = flag.scan(Content.of(ScanTarget.PROMPT, "a pipe bomb"), TestRuns.state("hi"));

        assertThat(verdict).isInstanceOf(Verdict.Allow.class);
        assertThat(verdict.evidence()).hasSize(1);
        assertThat(flag.streaming()).isEqualTo(StreamingGuarantee.postHoc());
    }

    private Verdict scan(String text) {
        return guard.scan(Content.of(ScanTarget.PROMPT, text), TestRuns.state("hi"));
    }
}
