package dev.aegis.pack.pii;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aegis.api.guard.Content;
import dev.aegis.api.guard.Guardrail;
import dev.aegis.api.guard.ScanTarget;
import dev.aegis.api.guard.StreamingGuarantee;
import dev.aegis.api.guard.Verdict;
import dev.aegis.api.state.RunState;
import dev.aegis.pack.pii.internal.Placeholders;
import dev.aegis.testkit.TestRuns;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PiiUnmaskTest {

    private final Guardrail unmask = Guards.unmask();
    private final RunState state = TestRuns.run()
            .masked("<EMAIL_1>", "jane@example.com")
            .masked("<PERSON_1>", "Jane \"JJ\" Miller")
            .build();

    @Test
    void restoresPlaceholdersInTheAnswer() {
        assertThat(restored(ScanTarget.RESPONSE, "Sure, <PERSON_1> is at <EMAIL_1>.")).isEqualTo("Sure, Jane \"JJ\" Miller is at jane@example.com.");
    }

    @Test
    void restoresPlaceholdersInToolArgumentsSoTheToolGetsTheRealValueInValidJson() throws Exception {
        String arguments = restored(ScanTarget.TOOL_ARGUMENTS, "{\"to\": \"<EMAIL_1>\", \"greeting\": \"Dear <PERSON_1>\"}");

        var tree = new ObjectMapper().readTree(arguments);
        assertThat(tree.get("to").asText()).isEqualTo("jane@example.com");
        assertThat(tree.get("greeting").asText()).isEqualTo("Dear Jane \"JJ\" Miller");
    }

    @Test
    void unknownPlaceholdersStayAsTheyAre() {
        assertThat(restored(ScanTarget.RESPONSE, "<EMAIL_1> and <EMAIL_2> and <EMAIL_h:1a2b3c4d>"))
                .isEqualTo("jane@example.com and <EMAIL_2> and <EMAIL_h:1a2b3c4d>");
        assertThat(unmask.scan(Content.of(ScanTarget.RESPONSE, "only <PHONE_9> here"), state)).isInstanceOf(Verdict.Allow.class);
    }

    @ParameterizedTest
    @EnumSource(value = ScanTarget.class, names = {"PROMPT", "TOOL_RESULT", "RAG_CHUNK"})
    void neverRestoresIntoTextTheModelReads(ScanTarget target) {
        assertThat(unmask.targets()).doesNotContain(target);
        assertThat(unmask.scan(Content.of(target, "Write to <EMAIL_1>"), state)).isInstanceOf(Verdict.Allow.class);
    }

    @Test
    void evidenceNamesThePlaceholdersTypeNeverTheOriginal() {
        Verdict verdict = unmask.scan(Content.of(ScanTarget.RESPONSE, "Mail <EMAIL_1>"), state);

        assertThat(verdict.evidence()).singleElement().satisfies(evidence -> {
            assertThat(evidence.excerpt()).isEqualTo("<EMAIL>");
            assertThat(evidence.start()).isEqualTo(5);
            assertThat(evidence.end()).isEqualTo(14);
        });
    }

    @Test
    void holdsBackTheLongestPlaceholderAndAMarginWhenStreaming() {
        assertThat(Placeholders.LONGEST).isEqualTo("<URL_CREDENTIAL_999999>".length());
        assertThat(unmask.streaming()).isEqualTo(StreamingGuarantee.window(Placeholders.LONGEST + 8));
    }

    @Test
    void aRunWithoutMaskedValuesIsAllowed() {
        assertThat(unmask.scan(Content.of(ScanTarget.RESPONSE, "<EMAIL_1>"), TestRuns.run().build())).isInstanceOf(Verdict.Allow.class);
    }

    @Test
    void maskingThenUnmaskingGivesBackWhatTheClientWrote() {
        String prompt = "I'm Jane Miller (jane.miller@example.com, IBAN DE89 3704 0044 0532 0130 00).";
        Ingress.Result ingress = Ingress.run(Guards.mask(), prompt);
        String answer = ingress.texts().getFirst();

        assertThat(answer).doesNotContain("Jane", "jane", "DE89");
        assertThat(((Verdict.Sanitize) unmask.scan(Content.of(ScanTarget.RESPONSE, answer), ingress.state())).content()).isEqualTo(prompt);
    }

    private String restored(ScanTarget target, String text) {
        Verdict verdict = unmask.scan(Content.of(target, text), state);
        assertThat(verdict).isInstanceOf(Verdict.Sanitize.class);
        return ((Verdict.Sanitize) verdict).content();
    }
}
