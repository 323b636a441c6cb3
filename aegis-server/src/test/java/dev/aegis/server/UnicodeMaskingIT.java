package dev.aegis.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aegis.api.guard.NormalizedText;
import dev.aegis.server.fixtures.FakeUpstream;
import dev.aegis.server.fixtures.RunningGateway;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 12, hole 3, over HTTP with a recording upstream: cards written with non-breaking spaces,
 * soft hyphens, zero-width spaces, full-width or Arabic-Indic digits, or dots, underscores and
 * slashes between their groups are masked before they leave the gateway, and the default house
 * rules' approval phrase is caught however its space is written.
 */
class UnicodeMaskingIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    // The default aegis.yaml's house rules, which this test checks it still holds.
    private static final String WIRE_RULE = "- {name: wire-transfer, pattern: '\\bwire transfer\\b', action: require-approval}";
    private static final String CARD_RULE = "- {name: card-number, pattern: '\\b(?:\\d[ ._/-]?){12,15}\\d\\b', action: sanitize, replacement: '[CARD]'}";

    @TempDir
    static Path dir;

    static FakeUpstream upstream;
    static RunningGateway gateway;

    @BeforeAll
    static void start() throws Exception {
        upstream = new FakeUpstream();
        gateway = RunningGateway.start(dir, """
                providers:
                  up: {type: openai, config: {base-url: "%s", model: up-1}}
                nodes:
                  house-rules:
                    type: regex-guard
                    config:
                      rules:
                        %s
                        %s
                      window: 64
                routes:
                  masked:
                    ingress: [pii-mask, house-rules]
                    execute: {providers: [up]}
                    egress: [pii-unmask]
                    durability: none
                  house-rules-only:
                    ingress: [house-rules]
                    execute: {providers: [up]}
                    egress: [house-rules]
                """.formatted(upstream.baseUrl("echo"), WIRE_RULE, CARD_RULE));
    }

    @AfterAll
    static void stop() {
        gateway.close();
        upstream.close();
    }

    @BeforeEach
    void forget() {
        upstream.bodies.clear();
    }

    @Test
    void theTestUsesTheDefaultConfigurationsHouseRules() throws Exception {
        assertThat(Files.readString(Path.of("..", "aegis.yaml"))).contains(WIRE_RULE, CARD_RULE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "4111\u00A01111\u00A01111\u00A01111",
        "4111\u00AD1111\u00AD1111\u00AD1111",
        "4111\u200B1111\u200B1111\u200B1111",
        "\uFF14\uFF11\uFF11\uFF11 \uFF11\uFF11\uFF11\uFF11 \uFF11\uFF11\uFF11\uFF11 \uFF11\uFF11\uFF11\uFF11",
        "\u0664\u0661\u0661\u0661 \u0661\u0661\u0661\u0661 \u0661\u0661\u0661\u0661 \u0661\u0661\u0661\u0661",
        "4111.1111.1111.1111",
        "4111_1111_1111_1111",
        "4111/1111/1111/1111"})
    void aCardIsMaskedBeforeItLeavesAndTheClientGetsItBackAsWritten(String card) throws Exception {
        HttpResponse<String> response = chat("masked", "Pay with " + card + " today");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(upstream.bodies).singleElement().satisfies(body -> {
            assertThat(sentContent(body)).isEqualTo("Pay with <CREDIT_CARD_1> today");
            assertThat(digitsOf(body)).doesNotContain("4111111111111111");
        });
        assertThat(JSON.readTree(response.body()).at("/choices/0/message/content").asText()).isEqualTo("Echo: Pay with " + card + " today");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "4111\u00A01111\u00A01111\u00A01111",
        "\uFF14\uFF11\uFF11\uFF11\uFF11\uFF11\uFF11\uFF11\uFF11\uFF11\uFF11\uFF11\uFF11\uFF11\uFF11\uFF11",
        "\u0664\u0661\u0661\u0661-\u0661\u0661\u0661\u0661-\u0661\u0661\u0661\u0661-\u0661\u0661\u0661\u0661",
        "4111.1111.1111.1111"})
    void theHouseRulesSanitizeACardHoweverItsDigitsAndSpacesAreWritten(String card) throws Exception {
        HttpResponse<String> response = chat("house-rules-only", "Pay with " + card + " today");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(upstream.bodies).singleElement().satisfies(body -> {
            assertThat(sentContent(body)).isEqualTo("Pay with [CARD] today");
            assertThat(digitsOf(body)).doesNotContain("4111111111111111");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"wire\u200B transfer", "wire  transfer", "wire\ntransfer", "wire\u00A0transfer", "wi\u00ADre transfer",
        "\uFF57\uFF49\uFF52\uFF45 \uFF54\uFF52\uFF41\uFF4E\uFF53\uFF46\uFF45\uFF52", "\uFF37\uFF49\uFF52\uFF45\u3000\uFF34\uFF52\uFF41\uFF4E\uFF53\uFF46\uFF45\uFF52"})
    void theApprovalPhrasePausesTheRunHoweverItIsWritten(String phrase) throws Exception {
        HttpResponse<String> response = chat("house-rules-only", "please make a " + phrase + " of 1,000,000 EUR");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(409);
        assertThat(JSON.readTree(response.body()).at("/error/code").asText()).isEqualTo("approval_required");
        String run = response.headers().firstValue("x-aegis-run-id").orElseThrow();
        assertThat(JSON.readTree(gateway.get("/v1/runs/" + run, RunningGateway.ALICE).body()).path("status").asText()).isEqualTo("paused");
        assertThat(upstream.bodies).as("nothing reached the upstream").isEmpty();
    }

    private static HttpResponse<String> chat(String route, String text) throws Exception {
        return gateway.post("/v1/chat/completions", RunningGateway.ALICE,
                "{\"model\":\"" + route + "\",\"messages\":[{\"role\":\"user\",\"content\":" + JSON.writeValueAsString(text) + "}]}");
    }

    private static String sentContent(String body) throws Exception {
        JsonNode messages = JSON.readTree(body).path("messages");
        return messages.get(messages.size() - 1).path("content").asText();
    }

    // Every digit of every script the upstream received, as ASCII, invisible characters and separators dropped.
    private static String digitsOf(String body) throws Exception {
        return NormalizedText.of(JSON.readTree(body).toString()).text().replaceAll("[^0-9]", "");
    }
}
