package dev.aegis.pack.classification;

import static dev.aegis.pack.classification.Classifiers.event;
import static dev.aegis.pack.classification.Classifiers.level;
import static dev.aegis.pack.classification.Classifiers.reason;
import static dev.aegis.pack.classification.Classifiers.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.aegis.api.state.Event;
import dev.aegis.api.state.RunState;
import dev.aegis.testkit.TestRuns;
import org.junit.jupiter.api.Test;

class ClassifierLevelsTest {

    private static final String RULES = """
            default-level: internal
            rules:
              - {name: public-docs, level: public, when: {keywords: [brochure]}}
              - {name: deal, level: confidential, when: {keywords: [merger]}}
              - {name: cards, level: restricted, when: {pii: [CARD]}}
              - {name: deal-again, level: confidential, when: {keywords: [acquisition]}}
            """;

    @Test
    void theStrictestFiredLevelWinsAndNamesItsRule() {
        RunState state = run(RULES, TestRuns.run().user("merger paid by <CARD_1>, see brochure").masked("<CARD_1>", "4111").build());

        assertThat(level(state)).isEqualTo("restricted");
        assertThat(reason(state)).isEqualTo("cards");
        assertThat(event(state).attributes()).containsEntry("fired", "public-docs,deal,cards");
    }

    @Test
    void aRuleBelowTheDefaultCannotLowerIt() {
        RunState state = run(RULES, TestRuns.state("print the brochure"));

        assertThat(level(state)).isEqualTo("internal");
        assertThat(reason(state)).isEqualTo("default");
    }

    @Test
    void amongRulesOfTheSameLevelTheFirstConfiguredIsTheReason() {
        assertThat(reason(run(RULES, TestRuns.state("acquisition after the merger")))).isEqualTo("deal");
    }

    @Test
    void aRuleAtTheDefaultLevelIsTheReasonRatherThanTheDefault() {
        assertThat(reason(run("rules: [{name: staff, level: internal, when: {principal: {teams: [testers]}}}]", TestRuns.state("hi"))))
                .isEqualTo("staff");
    }

    @Test
    void aRequestedLevelAboveTheRulesRaisesIt() {
        RunState state = run(RULES, TestRuns.run().user("the merger").label("classification", "restricted").build());

        assertThat(level(state)).isEqualTo("restricted");
        assertThat(reason(state)).isEqualTo("requested");
        assertThat(event(state).attributes()).containsEntry("requested", "restricted").containsEntry("fired", "deal");
    }

    @Test
    void aRequestedLevelBelowTheRulesIsIgnoredSoAClientCannotDowngradeItsOwnData() {
        RunState state = run(RULES, TestRuns.run().user("the merger").label("classification", "public").build());

        assertThat(level(state)).isEqualTo("confidential");
        assertThat(reason(state)).isEqualTo("deal");
    }

    @Test
    void aRequestedLevelBelowTheDefaultIsIgnoredToo() {
        RunState state = run(RULES, TestRuns.run().user("hello").label("classification", "PUBLIC").build());

        assertThat(level(state)).isEqualTo("internal");
        assertThat(reason(state)).isEqualTo("default");
    }

    @Test
    void aRequestedValueThatNamesNoLevelIsIgnored() {
        RunState state = run(RULES, TestRuns.run().user("hello").label("classification", "top-secret").build());

        assertThat(level(state)).isEqualTo("internal");
        assertThat(event(state).attributes()).doesNotContainKey("requested");
    }

    @Test
    void placeholdersDriveTheLevelWithoutTheirOriginalsBeingRead() {
        // were the originals read, the pattern rule would fire on the card number they hold
        String rules = """
                rules:
                  - {name: card-number, level: restricted, when: {patterns: ['4111 1111']}}
                  - {name: email, level: confidential, when: {pii: [EMAIL]}}
                """;
        RunState state = run(rules, TestRuns.run().user("mail <EMAIL_1>").masked("<EMAIL_1>", "4111 1111 1111 1111").build());

        assertThat(level(state)).isEqualTo("confidential");
        assertThat(event(state).attributes()).containsEntry("fired", "email");
    }

    @Test
    void theEventCarriesLevelsAndRuleNamesButNoTextOfTheRequest() {
        RunState state = run(RULES, TestRuns.run().user("the merger of Initech").masked("<CARD_1>", "4111-secret").build());
        Event event = event(state);

        assertThat(event.source()).isEqualTo(Classifiers.STEP);
        assertThat(event.detail()).isEqualTo("restricted");
        assertThat(event.attributes()).containsOnlyKeys("fired", "reason");
        assertThat(event.toString()).doesNotContain("Initech", "merger of", "4111", "secret", "<CARD_1>");
    }

    @Test
    void classifyingChangesOnlyTheTwoLabelsAndTheEventLog() {
        RunState before = TestRuns.run().user("hello").label("team-label", "kept").build();
        RunState after = run(RULES, before);

        assertThat(after.labels()).containsEntry("team-label", "kept").containsEntry("classification", "internal")
                .containsEntry("classification-reason", "default").hasSize(3);
        assertThat(after.messages()).isEqualTo(before.messages());
        assertThat(after.events()).hasSize(before.events().size() + 1);
    }
}
