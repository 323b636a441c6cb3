package dev.aegis.pack.classification;

import static dev.aegis.pack.classification.Classifiers.level;
import static dev.aegis.pack.classification.Classifiers.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.aegis.api.auth.Principal;
import dev.aegis.api.state.Message;
import dev.aegis.api.state.RunState;
import dev.aegis.api.state.ToolCall;
import dev.aegis.testkit.TestRuns;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ClassifierRulesTest {

    @Test
    void aRequestNoRuleFiresForGetsTheDefaultLevel() {
        assertThat(level(run("rules: [{name: k, level: restricted, when: {keywords: [merger]}}]", TestRuns.state("hello")))).isEqualTo("internal");
        assertThat(level(run("default-level: public", TestRuns.state("hello")))).isEqualTo("public");
    }

    @Test
    void keywordsMatchWholeWordsIgnoringCase() {
        String rules = "rules: [{name: deal, level: confidential, when: {keywords: [merger, 'c++']}}]";

        assertThat(level(run(rules, TestRuns.state("Draft the MERGER memo")))).isEqualTo("confidential");
        assertThat(level(run(rules, TestRuns.state("port it to C++.")))).isEqualTo("confidential");
        assertThat(level(run(rules, TestRuns.state("mergers and acquisitions")))).isEqualTo("internal");
        assertThat(level(run(rules, TestRuns.state("a premerger filing")))).isEqualTo("internal");
    }

    @Test
    void keywordsAreSearchedInEveryMessageAndInToolCallArguments() {
        String rules = "rules: [{name: deal, level: confidential, when: {keywords: [merger]}}]";

        assertThat(level(run(rules, TestRuns.run().system("about the merger").user("summarise").build()))).isEqualTo("confidential");
        assertThat(level(run(rules, TestRuns.state(Message.user("go"),
                Message.assistant("", List.of(new ToolCall("1", "search", "{\"q\": \"merger\"}"))))))).isEqualTo("confidential");
    }

    @Test
    void patternsMatchAnywhere() {
        String rules = "rules: [{name: accounts, level: restricted, when: {patterns: ['ACC-\\d{6}', 'never']}}]";

        assertThat(level(run(rules, TestRuns.state("move xACC-123456 now")))).isEqualTo("restricted");
        assertThat(level(run(rules, TestRuns.state("move ACC-12 now")))).isEqualTo("internal");
    }

    @Test
    void piiRulesFireOnPlaceholdersOfTheListedEntityTypes() {
        String rules = "rules: [{name: cards, level: restricted, when: {pii: [credit-card, IBAN]}}]";

        assertThat(level(run(rules, TestRuns.run().user("pay with <CREDIT_CARD_1>").masked("<CREDIT_CARD_1>", "4111").build()))).isEqualTo("restricted");
        assertThat(level(run(rules, TestRuns.run().user("pay to [IBAN-12]").masked("[IBAN-12]", "DE00").build()))).isEqualTo("restricted");
        assertThat(level(run(rules, TestRuns.run().user("mail <EMAIL_1>").masked("<EMAIL_1>", "a@b.c").build()))).isEqualTo("internal");
        assertThat(level(run(rules, TestRuns.run().user("mail <CREDIT_1>").masked("<CREDIT_1>", "Ann").build()))).isEqualTo("internal");
    }

    @Test
    void anyPiiFiresOnAnyPlaceholderAndNotWithoutOne() {
        String rules = "rules: [{name: pii, level: confidential, when: {any-pii: true}}]";

        assertThat(level(run(rules, TestRuns.run().user("hi <PERSON_1>").masked("<PERSON_1>", "Ann").build()))).isEqualTo("confidential");
        assertThat(level(run(rules, TestRuns.state("hi <PERSON_1>, typed by the user himself")))).isEqualTo("internal");
    }

    @Test
    void principalRulesMatchTeamsRolesAndAttributes() {
        String rules = """
                rules:
                  - {name: hr, level: confidential, when: {principal: {teams: [hr, legal]}}}
                  - {name: admins-in-eu, level: restricted, when: {principal: {roles: [admin], attributes: {region: eu}}}}
                """;

        assertThat(level(run(rules, withPrincipal(new Principal("ann", "legal", Set.of(), Map.of()))))).isEqualTo("confidential");
        assertThat(level(run(rules, withPrincipal(new Principal("bob", "ops", Set.of("admin"), Map.of("region", "eu")))))).isEqualTo("restricted");
        assertThat(level(run(rules, withPrincipal(new Principal("cy", "ops", Set.of("admin"), Map.of("region", "us")))))).isEqualTo("internal");
    }

    @Test
    void labelRulesMatchTheRunsLabelsIgnoringCase() {
        String rules = "rules: [{name: client-says, level: restricted, when: {label: {sensitivity: restricted}}}]";

        assertThat(level(run(rules, TestRuns.run().user("x").label("sensitivity", "Restricted").build()))).isEqualTo("restricted");
        assertThat(level(run(rules, TestRuns.run().user("x").label("sensitivity", "low").build()))).isEqualTo("internal");
    }

    @Test
    void aRuleFiresOnlyWhenEveryConditionItStatesHolds() {
        String rules = "rules: [{name: hr-salaries, level: restricted, when: {keywords: [salary], principal: {teams: [hr]}}}]";

        assertThat(level(run(rules, withPrincipal(Principal.of("ann", "hr"), "salary review")))).isEqualTo("restricted");
        assertThat(level(run(rules, withPrincipal(Principal.of("ann", "hr"), "holiday review")))).isEqualTo("internal");
        assertThat(level(run(rules, withPrincipal(Principal.of("bob", "ops"), "salary review")))).isEqualTo("internal");
    }

    private static RunState withPrincipal(Principal principal) {
        return withPrincipal(principal, "hello");
    }

    private static RunState withPrincipal(Principal principal, String text) {
        return TestRuns.run().principal(principal).user(text).build();
    }
}
