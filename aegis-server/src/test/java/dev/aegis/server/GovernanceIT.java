package dev.aegis.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aegis.server.fixtures.FakeUpstream;
import dev.aegis.server.fixtures.RunningGateway;
import dev.aegis.server.fixtures.Sse;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The governance packs end to end over HTTP: {@code ingress: [pii-mask, classify]},
 * {@code route: residency-router}, {@code egress: [pii-unmask]}, in front of two real upstreams
 * (an EU one with zero retention, a US one without).
 */
class GovernanceIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String EMAIL = "alice.smith@example.com";
    private static final String CARD = "4111 1111 1111 1111";

    @TempDir
    static Path dir;

    static FakeUpstream eu;
    static FakeUpstream us;
    static RunningGateway gateway;

    @BeforeAll
    static void start() throws Exception {
        eu = new FakeUpstream();
        us = new FakeUpstream();
        gateway = RunningGateway.start(dir, """
                providers:
                  us-cheap: {type: openai, config: {base-url: "%s", model: up-1}, labels: {region: us}}
                  eu-zero: {type: openai, config: {base-url: "%s", model: up-1}, labels: {region: eu}, tags: [gdpr, zero-retention]}
                nodes:
                  classify:
                    type: classify
                    config:
                      default-level: internal
                      rules:
                        - {name: payment-data, level: restricted, when: {pii: [CREDIT_CARD]}}
                        - {name: personal-data, level: confidential, when: {any-pii: true}}
                  residency:
                    type: residency-router
                    config:
                      policies:
                        restricted: {same-region: true, require-tags: [zero-retention]}
                        confidential: {require-tags: [gdpr]}
                routes:
                  governed:
                    ingress: [pii-mask, classify]
                    route: residency
                    execute: {providers: [us-cheap, eu-zero]}
                    egress: [pii-unmask]
                    durability: none
                  us-only:
                    ingress: [pii-mask, classify]
                    route: residency
                    execute: {providers: [us-cheap]}
                    egress: [pii-unmask]
                    durability: none
                """.formatted(us.baseUrl("echo"), eu.baseUrl("echo")));
    }

    @AfterAll
    static void stop() {
        gateway.close();
        eu.close();
        us.close();
    }

    @BeforeEach
    void forget() {
        eu.bodies.clear();
        us.bodies.clear();
    }

    @Test
    void theUpstreamNeverSeesThePiiAndTheClientGetsItBack() throws Exception {
        HttpResponse<String> response = chat("governed", false, "Email " + EMAIL + " the receipt for card " + CARD + ", thanks");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        String answer = JSON.readTree(response.body()).at("/choices/0/message/content").asText();
        assertThat(answer).isEqualTo("Echo: Email " + EMAIL + " the receipt for card " + CARD + ", thanks");
        assertThat(eu.bodies).singleElement().satisfies(body -> assertThat(body).doesNotContain(EMAIL).doesNotContain(CARD).contains("<EMAIL_1>"));
        assertThat(us.bodies).as("restricted data goes to the zero-retention EU provider only").isEmpty();
    }

    @Test
    void aStreamedAnswerIsUnmaskedEvenWhenPlaceholdersAreSplitAcrossChunks() throws Exception {
        HttpResponse<String> response = chat("governed", true, "Write to " + EMAIL + " and " + EMAIL + " today");

        assertThat(response.statusCode()).isEqualTo(200);
        StringBuilder text = new StringBuilder();
        for (String event : Sse.data(response.body())) {
            if (!event.equals("[DONE]")) {
                JsonNode choices = JSON.readTree(event).path("choices");
                if (!choices.isEmpty()) {
                    text.append(choices.get(0).at("/delta/content").asText(""));
                }
            }
        }
        assertThat(text.toString()).isEqualTo("Echo: Write to " + EMAIL + " and " + EMAIL + " today");
        assertThat(response.body()).doesNotContain("<EMAIL_");
        assertThat(eu.bodies.toString() + us.bodies).doesNotContain(EMAIL);
    }

    @Test
    void restrictedDataNeverReachesANonCompliantProvider() throws Exception {
        HttpResponse<String> response = chat("us-only", false, "Charge card " + CARD);

        assertThat(response.statusCode()).isEqualTo(422);
        JsonNode error = JSON.readTree(response.body()).path("error");
        assertThat(error.path("code").asText()).isEqualTo("no_compliant_target");
        assertThat(error.toString()).doesNotContain(CARD);
        assertThat(us.bodies).isEmpty();
    }

    @Test
    void dataWithoutPiiMayGoToAnyProviderWithTheCallersRegionFirst() throws Exception {
        HttpResponse<String> response = chat("us-only", false, "What is two plus two?");
        HttpResponse<String> preferred = chat("governed", false, "What is three plus four?");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(us.bodies).hasSize(1);
        assertThat(preferred.statusCode()).isEqualTo(200);
        assertThat(eu.bodies).as("alice is in the EU: the EU provider comes first").hasSize(1);
    }

    private static HttpResponse<String> chat(String route, boolean stream, String text) throws Exception {
        String content = JSON.writeValueAsString(text);
        return gateway.post("/v1/chat/completions", RunningGateway.ALICE,
                "{\"model\":\"" + route + "\",\"stream\":" + stream + ",\"messages\":[{\"role\":\"user\",\"content\":" + content + "}]}");
    }
}
