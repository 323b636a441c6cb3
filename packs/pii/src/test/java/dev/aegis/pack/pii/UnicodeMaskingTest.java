package dev.aegis.pack.pii;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aegis.api.guard.Content;
import dev.aegis.api.guard.Evidence;
import dev.aegis.api.guard.Guardrail;
import dev.aegis.api.guard.ScanTarget;
import dev.aegis.api.guard.Verdict;
import dev.aegis.api.state.MaskMap;
import dev.aegis.api.state.RunState;
import dev.aegis.testkit.TestRuns;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Personal data written with invisible characters, odd spaces, full-width or Arabic-Indic digits,
 * or separators other than spaces and dashes is found in the normalised view, and the whole original
 * stretch is replaced; the mask map keeps it as written.
 */
class UnicodeMaskingTest {

    private final Guardrail mask = Guards.mask();

    @ParameterizedTest
    @ValueSource(strings = {
        "4111\u00A01111\u00A01111\u00A01111",
        "4111\u202F1111\u202F1111\u202F1111",
        "4111\u00AD1111\u00AD1111\u00AD1111",
        "4\u200B1\u200B1\u200B1\u200B1111\u200B1111\u200B1111",
        "4111\u20601111\u2060\uFEFF1111\u20601111",
        "\uFF14\uFF11\uFF11\uFF11 \uFF11\uFF11\uFF11\uFF11 \uFF11\uFF11\uFF11\uFF11 \uFF11\uFF11\uFF11\uFF11",
        "\u0664\u0661\u0661\u0661 \u0661\u0661\u0661\u0661 \u0661\u0661\u0661\u0661 \u0661\u0661\u0661\u0661",
        "\u06F4\u06F1\u06F1\u06F1\u06F1\u06F1\u06F1\u06F1\u06F1\u06F1\u06F1\u06F1\u06F1\u06F1\u06F1\u06F1",
        "\u096A\u0967\u0967\u0967-\u0967\u0967\u0967\u0967-\u0967\u0967\u0967\u0967-\u0967\u0967\u0967\u0967",
        "4111.1111.1111.1111",
        "4111_1111_1111_1111",
        "4111/1111/1111/1111",
        "4111\u20111111\u20111111\u20111111",
        "\uFF14\uFF11\uFF11\uFF11\u00A0\u00AD1111\u30001111\u200B 1111"})
    void aCardWrittenWithUnicodeTricksIsMaskedWholeAndKeptAsWritten(String card) {
        String text = "Pay with " + card + " now";

        Verdict verdict = mask.scan(Content.of(ScanTarget.PROMPT, text), TestRuns.state(text));

        assertThat(verdict).isInstanceOfSatisfying(Verdict.Sanitize.class, sanitize -> {
            assertThat(sanitize.content()).isEqualTo("Pay with <CREDIT_CARD_1> now");
            assertThat(sanitize.delta().values().get(RunState.MASK_MAP)).isEqualTo(MaskMap.of(Map.of("<CREDIT_CARD_1>", card)));
            assertThat(sanitize.evidence()).singleElement().satisfies(evidence -> assertThat(text.substring(evidence.start(), evidence.end())).isEqualTo(card));
        });
    }

    @Test
    void oneCardWrittenInManyWaysHasOnePlaceholder() {
        Ingress.Result run = Ingress.run(mask, "card 4111 1111 1111 1111", "again \uFF14\uFF11\uFF11\uFF11\u00A01111\u00A01111\u00A01111",
                "and \u0664\u0661\u0661\u0661.1111.1111.1111");

        assertThat(run.texts()).containsExactly("card <CREDIT_CARD_1>", "again <CREDIT_CARD_1>", "and <CREDIT_CARD_1>");
        assertThat(run.state().maskMap().entries()).isEqualTo(Map.of("<CREDIT_CARD_1>", "4111 1111 1111 1111"));
    }

    @Test
    void unmaskingGivesBackExactlyWhatTheClientWrote() {
        String card = "\u0664\u0661\u0661\u0661\u00A01111\u00A01\u00AD111 1111";
        Ingress.Result run = Ingress.run(mask, "charge " + card);

        Verdict restored = Guards.unmask().scan(Content.of(ScanTarget.RESPONSE, "Charged <CREDIT_CARD_1>."), run.state());

        assertThat(restored).isInstanceOfSatisfying(Verdict.Sanitize.class, sanitize -> assertThat(sanitize.content()).isEqualTo("Charged " + card + "."));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Mail jane.doe\u200B@example.com today|Mail <EMAIL_1> today",
        "Mail \uFF4A\uFF41\uFF4E\uFF45\uFF20\uFF45\uFF58\uFF41\uFF4D\uFF50\uFF4C\uFF45\uFF0E\uFF43\uFF4F\uFF4D today|Mail <EMAIL_1> today",
        "IBAN DE89\u00A03704\u00A00044\u00A00532\u00A00130\u00A000 please|IBAN <IBAN_1> please",
        "IBAN DE89\u00AD3704\u00AD0044\u00AD0532\u00AD0130\u00AD00 please|IBAN <IBAN_1> please",
        "Call +44\u00A020\u00A07946\u00A00958 now|Call <PHONE_1> now",
        "Call \uFF0B\u0664\u0664 20 7946 0958 now|Call <PHONE_1> now",
        "SSN 123\u2011\u200B45\u20116789 on file|SSN <US_SSN_1> on file",
        "SSN 123\u00AD-45-6789 on file|SSN <US_SSN_1> on file"})
    void otherEntitiesAreFoundThroughTheSameView(String textAndExpected) {
        String[] parts = textAndExpected.split("\\|");

        Verdict verdict = mask.scan(Content.of(ScanTarget.PROMPT, parts[0]), TestRuns.state(parts[0]));

        String result = verdict instanceof Verdict.Sanitize sanitize ? sanitize.content() : parts[0];
        assertThat(result).isEqualTo(parts[1]);
    }

    @Test
    void escapedInvisibleCharactersInJsonArgumentsAreMaskedAndTheJsonStaysValid() throws Exception {
        String arguments = "{\"card\": \"4111\\u00a011\\u00ad11\\u00a01111\\u200b\\u00a01111\", \"note\": \"ok\"}";

        Verdict verdict = mask.scan(Content.of(ScanTarget.TOOL_ARGUMENTS, arguments), TestRuns.run().build());

        assertThat(verdict).isInstanceOfSatisfying(Verdict.Sanitize.class, sanitize -> {
            assertThat(sanitize.content()).isEqualTo("{\"card\": \"<CREDIT_CARD_1>\", \"note\": \"ok\"}");
            assertThat(sanitize.evidence()).singleElement().satisfies(evidence ->
                    assertThat(arguments.substring(evidence.start(), evidence.end())).isEqualTo("4111\\u00a011\\u00ad11\\u00a01111\\u200b\\u00a01111"));
        });
        assertThat(new ObjectMapper().readTree(((Verdict.Sanitize) verdict).content()).get("card").asText()).isEqualTo("<CREDIT_CARD_1>");
    }

    @Test
    void aWindowOfAStreamMapsBackToItsOwnOffsets() {
        Guardrail responses = Guards.mask("targets: [response]");
        String window = "\u200Bthe card is \uFF14\uFF11\uFF11\uFF11\u00A01111\u00A01111\u00A01111 and the";

        Verdict verdict = responses.scan(new Content(ScanTarget.RESPONSE, window, true), TestRuns.run().build());

        assertThat(verdict).isInstanceOfSatisfying(Verdict.Sanitize.class, sanitize -> {
            assertThat(sanitize.content()).isEqualTo("\u200Bthe card is <CREDIT_CARD_1> and the");
            assertThat(sanitize.evidence()).extracting(Evidence::start, Evidence::end)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(13, 32));
        });
    }

    @Test
    void theAllowListIsComparedInTheNormalisedView() {
        Guardrail allowing = Guards.mask("allow-list: [support@example.com]");

        assertThat(allowing.scan(Content.of(ScanTarget.PROMPT, "write to support\u200B@example.com"), TestRuns.run().build()))
                .isInstanceOf(Verdict.Allow.class);
        assertThat(allowing.scan(Content.of(ScanTarget.PROMPT, "write to \uFF53upport@example.com"), TestRuns.run().build()))
                .isInstanceOf(Verdict.Allow.class);
    }

    @Test
    void aBlockingEntityBlocksHoweverItIsWritten() {
        Guardrail blocking = Guards.mask("entities: {credit-card: block}");

        assertThat(blocking.scan(Content.of(ScanTarget.PROMPT, "card \u0664\u0661\u0661\u0661_1111_1111_1111"), TestRuns.run().build()))
                .isInstanceOfSatisfying(Verdict.Block.class, block -> assertThat(block.reason()).contains("CREDIT_CARD").doesNotContain("1111"));
    }
}
