package dev.aegis.pack.pii;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aegis.api.guard.Content;
import dev.aegis.api.guard.Guardrail;
import dev.aegis.api.guard.ScanTarget;
import dev.aegis.api.guard.Verdict;
import dev.aegis.testkit.TestRuns;
import org.junit.jupiter.api.Test;

class ToolArgumentsMaskingTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Guardrail mask = Guards.mask();

    @Test
    void masksInsideStringValuesAndTheArgumentsStayValidJson() throws Exception {
        String arguments = """
                {"to": "jane.miller@example.com", "subject": "Call \\"Jane Miller\\" at +44 20 7946 0958", "cc": ["bob@example.org"], "urgent": true}""";

        String masked = sanitized(ScanTarget.TOOL_ARGUMENTS, arguments);

        JsonNode tree = JSON.readTree(masked);
        assertThat(tree.get("to").asText()).isEqualTo("<EMAIL_1>");
        assertThat(tree.get("subject").asText()).isEqualTo("Call \"<PERSON_1>\" at <PHONE_1>");
        assertThat(tree.get("cc").get(0).asText()).isEqualTo("<EMAIL_2>");
        assertThat(tree.get("urgent").asBoolean()).isTrue();
    }

    @Test
    void keysAreNeverMasked() throws Exception {
        String masked = sanitized(ScanTarget.TOOL_ARGUMENTS, "{\"jane@example.com\": \"jane@example.com\"}");

        assertThat(JSON.readTree(masked).fieldNames().next()).isEqualTo("jane@example.com");
        assertThat(masked).isEqualTo("{\"jane@example.com\": \"<EMAIL_1>\"}");
    }

    @Test
    void aCardNumberWrittenAsAJsonNumberBecomesAPlaceholderString() throws Exception {
        String masked = sanitized(ScanTarget.TOOL_ARGUMENTS, "{\"card\": 4111111111111111, \"amount\": 12.50}");

        JsonNode tree = JSON.readTree(masked);
        assertThat(tree.get("card").asText()).isEqualTo("<CREDIT_CARD_1>");
        assertThat(tree.get("amount").decimalValue()).isEqualByComparingTo("12.50");
    }

    @Test
    void escapesInsideStringsAreDecodedBeforeScanning() throws Exception {
        String masked = sanitized(ScanTarget.TOOL_ARGUMENTS, "{\"note\": \"mail\\u0020jane\\u0040example.com\\nthanks\"}");

        assertThat(JSON.readTree(masked).get("note").asText()).isEqualTo("mail <EMAIL_1>\nthanks");
    }

    @Test
    void evidenceSpansPointIntoTheRawArguments() {
        String arguments = "{\"to\": \"jane@example.com\"}";

        Verdict verdict = mask.scan(Content.of(ScanTarget.TOOL_ARGUMENTS, arguments), TestRuns.run().build());

        assertThat(verdict.evidence()).singleElement()
                .satisfies(evidence -> assertThat(arguments.substring(evidence.start(), evidence.end())).isEqualTo("jane@example.com"));
    }

    @Test
    void argumentsThatAreNoJsonAreMaskedAsText() {
        assertThat(sanitized(ScanTarget.TOOL_ARGUMENTS, "to=jane@example.com")).isEqualTo("to=<EMAIL_1>");
    }

    @Test
    void aToolResultInJsonIsMaskedTheSameWay() throws Exception {
        String masked = sanitized(ScanTarget.TOOL_RESULT, "[{\"name\": \"Jane Miller\", \"iban\": \"DE89 3704 0044 0532 0130 00\"}]");

        JsonNode row = JSON.readTree(masked).get(0);
        assertThat(row.get("name").asText()).isEqualTo("<PERSON_1>");
        assertThat(row.get("iban").asText()).isEqualTo("<IBAN_1>");
    }

    private String sanitized(ScanTarget target, String text) {
        Verdict verdict = mask.scan(Content.of(target, text), TestRuns.run().build());
        assertThat(verdict).isInstanceOf(Verdict.Sanitize.class);
        return ((Verdict.Sanitize) verdict).content();
    }
}
