package dev.aegis.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aegis.server.fixtures.FakeUpstream;
import dev.aegis.server.fixtures.RunningGateway;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An approver's edited conversation goes through the route's ingress again, from its start: masked,
 * checked, refused when a guard refuses it. What the upstream receives is what is asserted. Bob
 * starts the runs, Alice (an approver) decides them.
 */
class EditedApprovalIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String IBAN = "DE89370400440532013000";
    private static final String CARD = "4111 1111 1111 1111";
    private static final String EMAIL = "jane.roe@example.com";
    private static final String KEY = "sk-proj-Abcdefghijklmnopqrstuvwxyz0123456789";
    private static final String PEM_BODY = "MIIEowIBAAKCAQEAx7RyZkqLb9mVn3Q";
    private static final String PEM = "-----BEGIN RSA PRIVATE KEY-----\n" + PEM_BODY + "\n-----END RSA PRIVATE KEY-----";
    private static final List<String> RAW = List.of(IBAN, CARD, "4111111111111111", EMAIL, KEY, PEM_BODY, "PRIVATE KEY");

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
                        - {name: wire-transfer, pattern: 'wire transfer', action: require-approval}
                        - {name: large-amount, pattern: 'million', action: require-approval}
                        - {name: private-key, pattern: '-----BEGIN [A-Z ]*PRIVATE KEY-----'}
                  strict-pii:
                    type: pii-mask
                    config: {entities: {secret: block}}
                routes:
                  masked-first:
                    ingress: [pii-mask, house-rules]
                    execute: {providers: [up]}
                    egress: [pii-unmask]
                  approval-first:
                    ingress: [house-rules, pii-mask]
                    execute: {providers: [up]}
                    egress: [pii-unmask]
                  strict:
                    ingress: [strict-pii, house-rules]
                    execute: {providers: [up]}
                    egress: [pii-unmask]
                  rules-only:
                    ingress: [house-rules]
                    execute: {providers: [up]}
                """.formatted(upstream.baseUrl("echo")));
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
    void rawPersonalDataAndSecretsInAnEditAreMaskedBeforeTheUpstreamSeesThem() throws Exception {
        String run = paused("masked-first", false, "Please make a wire transfer of 100 EUR");

        HttpResponse<String> approved = approve(run, messages(
                "Please make a wire transfer of 100 EUR to " + IBAN + ", card " + CARD + ", mail " + EMAIL + ", key " + KEY + "\n" + PEM));

        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
        assertThat(JSON.readTree(approved.body()).path("status").asText()).isEqualTo("completed");
        assertThat(upstream.bodies).singleElement().satisfies(body -> {
            assertThat(body).contains("<IBAN_1>").contains("<CREDIT_CARD_1>").contains("<EMAIL_1>").contains("<SECRET_");
            RAW.forEach(raw -> assertThat(body).doesNotContain(raw));
        });
    }

    @Test
    void anEditToAStreamedRequestIsMaskedToo() throws Exception {
        String run = paused("masked-first", true, "Please make a wire transfer of 100 EUR");

        HttpResponse<String> approved = approve(run, messages("A wire transfer to " + IBAN + " for " + EMAIL + ", key " + KEY));

        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
        assertThat(upstream.bodies).singleElement().satisfies(body -> RAW.forEach(raw -> assertThat(body).doesNotContain(raw)));
    }

    @Test
    void anEditAGuardRefusesEndsTheRunRefusedAndNothingReachesTheUpstream() throws Exception {
        String run = paused("strict", false, "Please make a wire transfer of 100 EUR");

        HttpResponse<String> approved = approve(run, messages("A wire transfer, and here is the key:\n" + PEM));

        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
        JsonNode document = JSON.readTree(approved.body());
        assertThat(document.path("status").asText()).isEqualTo("refused");
        assertThat(document.at("/halt/code").asText()).isEqualTo("guard_blocked");
        assertThat(document.at("/halt/source").asText()).isEqualTo("ingress.1.strict-pii");
        assertThat(upstream.bodies).isEmpty();
        JsonNode refused = audit(run, "refused");
        assertThat(refused).singleElement().satisfies(event -> assertThat(event.at("/attributes/code").asText()).isEqualTo("guard_blocked"));
        assertThat(gateway.get("/v1/runs/" + run, RunningGateway.ALICE).body()).contains("\"status\":\"refused\"");
    }

    @Test
    void theAuditRecordsAHashOfTheEditAndWhichMessagesChangedButNeverTheEdit() throws Exception {
        String run = paused("masked-first", false, "Please make a wire transfer of 100 EUR");
        ArrayNode edited = messages("Please make a wire transfer of 100 EUR", "And copy " + EMAIL);
        edited.insert(0, JSON.createObjectNode().put("role", "system").put("content", "Be brief."));

        assertThat(approve(run, edited).statusCode()).isEqualTo(200);

        JsonNode approval = audit(run, "approval");
        assertThat(approval).singleElement().satisfies(event -> {
            JsonNode attributes = event.path("attributes");
            assertThat(attributes.path("approver").asText()).isEqualTo("alice");
            assertThat(attributes.path("edited").asText()).isEqualTo("true");
            assertThat(attributes.path("edit_sha256").asText()).isEqualTo(sha256(
                    "[{\"content\":\"Be brief.\",\"role\":\"system\"},{\"content\":\"Please make a wire transfer of 100 EUR\",\"role\":\"user\"},"
                            + "{\"content\":\"And copy " + EMAIL + "\",\"role\":\"user\"}]"));
            assertThat(attributes.path("messages_before").asText()).isEqualTo("1");
            assertThat(attributes.path("messages_after").asText()).isEqualTo("3");
            assertThat(attributes.path("edited_messages").asText()).isEqualTo("0");
            assertThat(attributes.path("added_messages").asText()).isEqualTo("1,2");
            assertThat(attributes.path("removed_messages").asText()).isEmpty();
        });
        String everything = JSON.readTree(gateway.get("/v1/audit?run=" + run, RunningGateway.CAROL).body()).toString();
        assertThat(everything).doesNotContain(EMAIL).doesNotContain("Be brief");
    }

    @Test
    void aNewRequestForApprovalInTheEditPausesTheRunAgain() throws Exception {
        String run = paused("masked-first", false, "Please make a wire transfer of 100 EUR");

        HttpResponse<String> approved = approve(run, messages("Please make a wire transfer of 1 million EUR"));

        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
        JsonNode document = JSON.readTree(approved.body());
        assertThat(document.path("status").asText()).isEqualTo("paused");
        assertThat(upstream.bodies).isEmpty();
        JsonNode request = JSON.readTree(gateway.get("/v1/approvals/" + run, RunningGateway.ALICE).body());
        assertThat(request.path("status").asText()).isEqualTo("pending");
        assertThat(request.path("rules").toString()).contains("large-amount");
    }

    @Test
    void aPlainApprovalStillRefusesWhatThePausingGuardHadNotYetScanned() throws Exception {
        HttpResponse<String> paused = chat("rules-only", false, messages("Please make a wire transfer of 100 EUR", "The key:\n" + PEM));
        assertThat(paused.statusCode()).as(paused.body()).isEqualTo(409);
        String run = paused.headers().firstValue("x-aegis-run-id").orElseThrow();

        HttpResponse<String> approved = gateway.post("/v1/approvals/" + run + "/approve", RunningGateway.ALICE, "{}");

        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
        assertThat(JSON.readTree(approved.body()).path("status").asText()).isEqualTo("refused");
        assertThat(upstream.bodies).isEmpty();
    }

    @Test
    void anApproverSeesThePausedConversationMaskedAndApprovingItAsShownKeepsThePlaceholdersMeaning() throws Exception {
        String run = paused("approval-first", false, "Please make a wire transfer of 100 EUR to " + IBAN + " for " + EMAIL);

        JsonNode request = JSON.readTree(gateway.get("/v1/approvals/" + run, RunningGateway.ALICE).body());
        assertThat(request.path("view").asText()).isEqualTo("masked");
        String shown = request.at("/messages/0/content").asText();
        assertThat(shown).isEqualTo("Please make a wire transfer of 100 EUR to <IBAN_1> for <EMAIL_1>");
        assertThat(request.toString()).doesNotContain(IBAN).doesNotContain(EMAIL);

        HttpResponse<String> approved = approve(run, (ArrayNode) request.path("messages"));

        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
        assertThat(upstream.bodies).singleElement().satisfies(body -> assertThat(body).contains("<IBAN_1>").doesNotContain(IBAN).doesNotContain(EMAIL));
        assertThat(JSON.readTree(approved.body()).at("/output/content").asText())
                .as("the approver is answered with what the model saw").contains("<IBAN_1>").doesNotContain(IBAN).doesNotContain(EMAIL);
        assertThat(JSON.readTree(gateway.get("/v1/runs/" + run, RunningGateway.BOB).body()).at("/output/content").asText())
                .as("the client gets its own values back").contains(IBAN).contains(EMAIL);
        assertThat(audit(run, "approval")).singleElement().satisfies(event -> assertThat(event.at("/attributes/edited_messages").asText())
                .as("compared with what the approver was shown, nothing changed").isEmpty());
    }

    private static String paused(String route, boolean stream, String text) throws IOException {
        HttpResponse<String> response = chat(route, stream, messages(text));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(409);
        assertThat(JSON.readTree(response.body()).at("/error/code").asText()).isEqualTo("approval_required");
        return response.headers().firstValue("x-aegis-run-id").orElseThrow();
    }

    private static HttpResponse<String> chat(String route, boolean stream, ArrayNode messages) throws IOException {
        ObjectNode body = JSON.createObjectNode().put("model", route).put("stream", stream);
        body.set("messages", messages);
        return gateway.post("/v1/chat/completions", RunningGateway.BOB, JSON.writeValueAsString(body));
    }

    private static HttpResponse<String> approve(String run, ArrayNode messages) throws IOException {
        ObjectNode body = JSON.createObjectNode();
        body.set("messages", messages);
        return gateway.post("/v1/approvals/" + run + "/approve", RunningGateway.ALICE, JSON.writeValueAsString(body));
    }

    private static ArrayNode messages(String... texts) {
        ArrayNode messages = JSON.createArrayNode();
        for (String text : texts) {
            messages.addObject().put("role", "user").put("content", text);
        }
        return messages;
    }

    private static JsonNode audit(String run, String type) throws IOException {
        return JSON.readTree(gateway.get("/v1/audit?run=" + run + "&type=" + type, RunningGateway.CAROL).body()).path("data");
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
