package dev.aegis.plugin.regex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aegis.api.guard.Content;
import dev.aegis.api.guard.Guardrail;
import dev.aegis.api.guard.ScanTarget;
import dev.aegis.api.guard.StreamingGuarantee;
import dev.aegis.api.guard.Verdict;
import dev.aegis.kernel.config.ConfigBinding;
import dev.aegis.testkit.FakePluginContext;
import dev.aegis.testkit.TestRuns;
import org.junit.jupiter.api.Test;

class RegexGuardTest {

    private static final String RULES = """
            rules:
              - {name: competitor, pattern: '\\bacme\\b'}
              - {name: wire, pattern: 'wire transfer', action: require-approval}
              - {name: card, pattern: '\\b\\d{4}-\\d{4}-\\d{4}-\\d{4}\\b', action: sanitize, replacement: '<CARD>'}
            window: 32
            """;

    private final Guardrail guard = new RegexGuardFactory().create(
            ConfigBinding.bindYaml(RegexGuardConfig.class, RULES), FakePluginContext.create());

    @Test
    void blockingWinsOverApprovalAndSanitizing() {
        Verdict verdict = scan("ACME asks for a wire transfer to 1111-2222-3333-4444");

        assertThat(verdict).isInstanceOfSatisfying(Verdict.Block.class, block -> {
            assertThat(block.reason()).contains("competitor").doesNotContain("ACME");
            assertThat(block.evidence()).singleElement().satisfies(evidence -> {
                assertThat(evidence.start()).isZero();
                assertThat(evidence.end()).isEqualTo(4);
                assertThat(evidence.excerpt()).doesNotContainIgnoringCase("acme");
            });
        });
    }

    @Test
    void aMatchingApprovalRuleSendsTheRunForApproval() {
        assertThat(scan("please make a Wire Transfer")).isInstanceOf(Verdict.RequireApproval.class);
    }

    @Test
    void sanitizeRulesReplaceEveryMatch() {
        assertThat(scan("cards 1111-2222-3333-4444 and 5555-6666-7777-8888"))
                .isInstanceOfSatisfying(Verdict.Sanitize.class, sanitize -> {
                    assertThat(sanitize.content()).isEqualTo("cards <CARD> and <CARD>");
                    assertThat(sanitize.evidence()).hasSize(2);
                });
    }

    @Test
    void aRuleNamingToolsAppliesOnlyToThoseToolsCallsAndResults() {
        Guardrail tools = new RegexGuardFactory().create(ConfigBinding.bindYaml(RegexGuardConfig.class, """
                rules:
                  - {name: no-deletes, pattern: '.', tools: ['delete_*']}
                  - {name: paths, pattern: '/etc/\\w+', action: sanitize, replacement: '<PATH>', tools: [read_file]}
                """), FakePluginContext.create());

        assertThat(tools.scan(Content.ofTool(ScanTarget.TOOL_ARGUMENTS, "{\"id\":7}", "delete_account"), TestRuns.run().build()))
                .isInstanceOf(Verdict.Block.class);
        assertThat(tools.scan(Content.ofTool(ScanTarget.TOOL_ARGUMENTS, "{\"id\":7}", "get_account"), TestRuns.run().build()))
                .isInstanceOf(Verdict.Allow.class);
        assertThat(tools.scan(Content.of(ScanTarget.PROMPT, "delete it all"), TestRuns.run().build())).isInstanceOf(Verdict.Allow.class);
        assertThat(tools.scan(Content.ofTool(ScanTarget.TOOL_RESULT, "see /etc/passwd", "read_file"), TestRuns.run().build()))
                .isInstanceOfSatisfying(Verdict.Sanitize.class, sanitize -> assertThat(sanitize.content()).isEqualTo("see <PATH>"));
    }

    @Test
    void cleanTextIsAllowed() {
        assertThat(scan("nothing to see")).isInstanceOf(Verdict.Allow.class);
    }

    @Test
    void promisesTheConfiguredWindowWhenStreaming() {
        assertThat(guard.streaming()).isEqualTo(StreamingGuarantee.window(32));
    }

    @Test
    void anInvalidPatternFailsAtLoadNamingTheRule() {
        RegexGuardConfig broken = ConfigBinding.bindYaml(RegexGuardConfig.class, "rules: [{name: bad, pattern: '(unclosed'}]");

        assertThatThrownBy(() -> new RegexGuardFactory().create(broken, FakePluginContext.create()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("rule 'bad' has an invalid pattern");
    }

    private Verdict scan(String text) {
        return guard.scan(Content.of(ScanTarget.PROMPT, text), TestRuns.state(text));
    }
}
