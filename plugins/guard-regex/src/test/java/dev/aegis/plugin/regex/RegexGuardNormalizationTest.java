package dev.aegis.plugin.regex;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aegis.api.guard.Content;
import dev.aegis.api.guard.Evidence;
import dev.aegis.api.guard.Guardrail;
import dev.aegis.api.guard.ScanTarget;
import dev.aegis.api.guard.Verdict;
import dev.aegis.kernel.config.ConfigBinding;
import dev.aegis.testkit.FakePluginContext;
import dev.aegis.testkit.TestRuns;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Rules see the content's normalised view: invisible characters, odd whitespace and full-width forms do not hide a match. */
class RegexGuardNormalizationTest {

    private static final String RULES = """
            rules:
              - {name: wire-transfer, pattern: '\\bwire transfer\\b', action: require-approval}
              - {name: card-number, pattern: '\\b(?:\\d[ -]?){12,15}\\d\\b', action: sanitize, replacement: '[CARD]'}
            """;

    private final Guardrail guard = guard(RULES);

    @ParameterizedTest
    @ValueSource(strings = {"wire\u200B transfer", "wire  transfer", "wire\ntransfer", "wire\r\n\ttransfer", "wire\u00A0transfer",
        "wi\u00ADre trans\u200Dfer", "\uFF57\uFF49\uFF52\uFF45\u3000\uFF54\uFF52\uFF41\uFF4E\uFF53\uFF46\uFF45\uFF52", "Wire\u2060 Transfer"})
    void aPhraseWrittenWithInvisibleOrOddCharactersStillMatches(String phrase) {
        assertThat(scan(guard, "please make a " + phrase + " today")).isInstanceOf(Verdict.RequireApproval.class);
    }

    @Test
    void evidenceSpansTheWholeOriginalStretch() {
        String text = "a wire\u200B\u00A0 transfer\u00AD!";

        Verdict verdict = scan(guard, text);

        assertThat(verdict).isInstanceOfSatisfying(Verdict.RequireApproval.class, approval -> assertThat(approval.evidence())
                .singleElement().satisfies(evidence -> assertThat(text.substring(evidence.start(), evidence.end())).isEqualTo("wire\u200B\u00A0 transfer")));
    }

    @Test
    void sanitizingReplacesTheOriginalStretchInvisibleCharactersIncluded() {
        String text = "card \uFF14\uFF11\uFF11\uFF11\u00A01111\u00AD1111\u200B 1111, thanks\u00A0!";

        assertThat(scan(guard, text)).isInstanceOfSatisfying(Verdict.Sanitize.class, sanitize -> {
            assertThat(sanitize.content()).isEqualTo("card [CARD], thanks\u00A0!");
            assertThat(sanitize.evidence()).extracting(Evidence::start, Evidence::end).containsExactly(Tuple.tuple(5, 25));
        });
    }

    @Test
    void eachSanitizingRuleSeesWhatTheOnesBeforeItLeft() {
        Guardrail twoRules = guard("""
                rules:
                  - {name: first, pattern: 'secret plan', action: sanitize, replacement: '<X>'}
                  - {name: second, pattern: '<X> B', action: sanitize, replacement: '<Y>'}
                """);

        assertThat(scan(twoRules, "the secret\u00A0\u00A0plan\u200B\nB is")).isInstanceOfSatisfying(Verdict.Sanitize.class,
                sanitize -> assertThat(sanitize.content()).isEqualTo("the <Y> is"));
    }

    @Test
    void aWindowOfAStreamIsNormalisedToo() {
        assertThat(guard.scan(new Content(ScanTarget.RESPONSE, "then the wire\u202Ftrans", true), TestRuns.run().build())).isInstanceOf(Verdict.Allow.class);
        assertThat(guard.scan(new Content(ScanTarget.RESPONSE, "then the wire\u202Ftransfer", true), TestRuns.run().build()))
                .isInstanceOf(Verdict.RequireApproval.class);
    }

    @Test
    void aRuleMayMatchTheRawTextToFindTheInvisibleCharactersThemselves() {
        Guardrail raw = guard("""
                rules:
                  - {name: invisible, pattern: '[\\u200B-\\u200D\\u2060\\uFEFF]', normalize: false}
                  - {name: two-spaces, pattern: 'a  b', action: sanitize, replacement: 'a b', normalize: false}
                  - {name: two-spaces-normalised, pattern: 'c  d', action: sanitize}
                """);

        assertThat(scan(raw, "wire\u200Btransfer")).isInstanceOfSatisfying(Verdict.Block.class,
                block -> assertThat(block.evidence()).singleElement().extracting(Evidence::start).isEqualTo(4));
        assertThat(scan(raw, "a  b and c  d")).as("a normalised pattern never sees two spaces in a row")
                .isInstanceOfSatisfying(Verdict.Sanitize.class, sanitize -> assertThat(sanitize.content()).isEqualTo("a b and c  d"));
    }

    @Test
    void theOperatorsFlagsAreKept() {
        Guardrail caseSensitive = guard("rules: [{name: exact, pattern: 'Wire Transfer', case-sensitive: true}]");

        assertThat(scan(caseSensitive, "wire\u00A0transfer")).isInstanceOf(Verdict.Allow.class);
        assertThat(scan(caseSensitive, "Wire\u00A0Transfer")).isInstanceOf(Verdict.Block.class);
    }

    @Test
    void normaliseIsOnByDefaultAndBindsPerRule() {
        RegexGuardConfig config = ConfigBinding.bindYaml(RegexGuardConfig.class, "rules: [{name: a, pattern: x}, {name: b, pattern: y, normalize: false}]");

        assertThat(config.rules()).extracting(RegexGuardConfig.Rule::normalize).containsExactly(true, false);
        assertThat(config.rules().getFirst()).isEqualTo(new RegexGuardConfig.Rule("a", "x", RegexGuardConfig.Action.BLOCK, "[REDACTED]", false, List.of()));
    }

    private static Guardrail guard(String yaml) {
        return new RegexGuardFactory().create(ConfigBinding.bindYaml(RegexGuardConfig.class, yaml), FakePluginContext.create());
    }

    private static Verdict scan(Guardrail guard, String text) {
        return guard.scan(Content.of(ScanTarget.PROMPT, text), TestRuns.state(text));
    }
}
