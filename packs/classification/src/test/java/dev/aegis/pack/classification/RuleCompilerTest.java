package dev.aegis.pack.classification;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RuleCompilerTest {

    @Test
    void anInvalidPatternFailsAtLoadNamingTheRule() {
        assertThatThrownBy(() -> Classifiers.create("rules: [{name: ok, level: public, when: {any-pii: true}}, {name: bad, level: public, when: {patterns: ['(']}}]"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("rules[1] ('bad'): invalid pattern");
    }

    @Test
    void twoRulesMayNotShareAName() {
        assertThatThrownBy(() -> Classifiers.create("rules: [{name: a, level: public, when: {any-pii: true}}, {name: a, level: restricted, when: {any-pii: true}}]"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("rules[1] ('a')", "same name");
    }

    @Test
    void theReasonsOfTheDefaultAndOfARequestAreReservedNames() {
        assertThatThrownBy(() -> Classifiers.create("rules: [{name: requested, level: public, when: {any-pii: true}}]"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("reserved");
    }

    @Test
    void aRuleThatStatesNoConditionIsRejectedRatherThanFiringForEveryRequest() {
        assertThatThrownBy(() -> Classifiers.create("rules: [{name: all, level: restricted, when: {any-pii: false, principal: {}}}]"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("rules[0] ('all')", "states no condition");
    }

    @Test
    void blankKeywordsAreRejected() {
        assertThatThrownBy(() -> Classifiers.create("rules: [{name: k, level: public, when: {keywords: [' ']}}]"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("blank");
    }
}
