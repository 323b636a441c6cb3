package dev.aegis.cli;

import static dev.aegis.cli.ExampleGateway.DEVELOPER;
import static dev.aegis.cli.ExampleGateway.REVIEWER;
import static dev.aegis.cli.ExampleGateway.json;
import static dev.aegis.cli.ExampleGateway.runId;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Each runnable file of {@code examples/config} started as a gateway, and sent what its header
 * comment tells a newcomer to try: one gateway per example, the requests that show what it is for.
 */
class ExampleConfigsIT {

    private static final String TREASURER = "aegis-treasurer-key-do-not-use-in-production";

    @TempDir
    Path dir;

    @Test
    void theSupportAssistantMasksPersonalDataKeepsItInTheEuAndChargesTheTeam() throws Exception {
        try (ExampleGateway gateway = ExampleGateway.start("support-assistant.yaml", dir)) {
            String question = "I am Jane Roe, jane.roe@example.com. Where is my order?";
            HttpResponse<String> answered = gateway.chat(DEVELOPER, "support-1", question);

            assertThat(answered.statusCode()).as(answered.body()).isEqualTo(200);
            assertThat(json(answered).at("/choices/0/message/content").asText()).isEqualTo("(EU model) Mock reply to: " + question);
            String run = runId(answered);
            JsonNode masked = gateway.audit(run, "verdict").findParents("guard").stream()
                    .filter(verdict -> verdict.path("guard").asText().equals("pii-mask")).findFirst().orElseThrow();
            assertThat(masked.path("decision").asText()).isEqualTo("sanitize");
            assertThat(masked.path("rules").asText()).contains("email", "person");
            assertThat(gateway.audit(run, "classification").get(0).path("detail").asText()).isEqualTo("confidential");
            assertThat(gateway.audit(run, "model.call").get(0).at("/attributes/provider").asText()).isEqualTo("support-eu");
            assertThat(gateway.get("/v1/audit?run=" + run, DEVELOPER).toString()).doesNotContain("jane.roe@example.com", "Jane Roe");

            HttpResponse<String> card = gateway.chat(REVIEWER, "support-1", "My card 4111 1111 1111 1111 was charged twice");
            assertThat(card.statusCode()).as(card.body()).isEqualTo(422);
            assertThat(json(card).at("/error/code").asText()).isEqualTo("no_compliant_target");

            JsonNode support = gateway.get("/v1/budgets?team=support", DEVELOPER).path("teams").get(0);
            assertThat(support.path("team").asText()).isEqualTo("support");
            assertThat(StreamSupport.stream(support.path("limits").spliterator(), false)
                    .filter(limit -> limit.path("name").asText().equals("spend") && limit.path("period").asText().equals("day")))
                    .singleElement().satisfies(limit -> assertThat(limit.path("spent").decimalValue()).isPositive());
        }
    }

    @Test
    void aLargePaymentWaitsForTwoApproversNeitherOfWhomStartedIt() throws Exception {
        try (ExampleGateway gateway = ExampleGateway.start("payments-approval.yaml", dir)) {
            HttpResponse<String> paused = gateway.chat(DEVELOPER, "payments", "Pay invoice 7 to ACME GmbH: 25,000.00 EUR");
            assertThat(paused.statusCode()).as(paused.body()).isEqualTo(409);
            assertThat(json(paused).at("/error/code").asText()).isEqualTo("approval_required");
            String run = json(paused).at("/error/param").asText();

            HttpResponse<String> first = gateway.post("/v1/approvals/" + run + "/approve", REVIEWER, "{}");
            assertThat(first.statusCode()).as(first.body()).isEqualTo(202);
            assertThat(json(first).path("approvals_required").asInt()).isEqualTo(2);
            HttpResponse<String> own = gateway.post("/v1/approvals/" + run + "/approve", DEVELOPER, "{}");
            assertThat(own.statusCode()).as(own.body()).isEqualTo(403);
            assertThat(json(own).at("/error/code").asText()).isEqualTo("approval_separation");
            HttpResponse<String> second = gateway.post("/v1/approvals/" + run + "/approve", TREASURER, "{}");

            assertThat(second.statusCode()).as(second.body()).isEqualTo(200);
            assertThat(json(second).path("status").asText()).isEqualTo("completed");
            assertThat(json(second).at("/output/content").asText()).isEqualTo("Payment scheduled: Pay invoice 7 to ACME GmbH: 25,000.00 EUR");
            assertThat(gateway.chat(DEVELOPER, "payments", "Pay invoice 8 to ACME GmbH: 9,999.00 EUR").statusCode())
                    .as("below the threshold, no approval").isEqualTo(200);
        }
    }

    @Test
    void theAgentsToolCallsPassTheCallGuardAndTheirResultsReachTheModelMasked() throws Exception {
        try (ExampleGateway gateway = ExampleGateway.start("mcp-agent.yaml", dir)) {
            HttpResponse<String> answered = gateway.chat(DEVELOPER, "agent", "Look up customer 42");

            assertThat(answered.statusCode()).as(answered.body()).isEqualTo(200);
            assertThat(json(answered).at("/choices/0/message/content").asText())
                    .startsWith("Mock reply to tool result: Customer 42: <PERSON_1>, <EMAIL_1>, <PHONE_1>, last order shipped")
                    .doesNotContain("jane.roe@example.com");
            JsonNode call = gateway.audit(runId(answered), "tool.call").get(0).path("attributes");
            assertThat(call.path("tool").asText()).isEqualTo("chat");
            assertThat(call.path("outcome").asText()).isEqualTo("ok");

            HttpResponse<String> export = gateway.chat(DEVELOPER, "agent-export", "Look up every customer");
            assertThat(export.statusCode()).as(export.body()).isEqualTo(422);
            assertThat(json(export).at("/error/code").asText()).isEqualTo("no-bulk-export");
            assertThat(gateway.audit(runId(export), "tool.call")).as("refused before the call").isEmpty();

            HttpResponse<String> planted = gateway.chat(DEVELOPER, "agent-tickets", "Look up ticket 1234");
            assertThat(planted.statusCode()).as(planted.body()).isEqualTo(422);
            assertThat(json(planted).at("/error/code").asText()).isEqualTo("injection-guard");
        }
    }

    @Test
    void retrievalCitesTheHandbookAndWithholdsThePoisonedNote() throws Exception {
        try (ExampleGateway gateway = ExampleGateway.start("retrieval.yaml", dir)) {
            StringWriter out = new StringWriter();
            CommandLine ingest = new CommandLine(new IngestCommand(Map.of("AEGIS_API_KEY", DEVELOPER)::get, false));
            ingest.setOut(new PrintWriter(out));
            ingest.setErr(new PrintWriter(new StringWriter()));
            assertThat(ingest.execute(Path.of("..", "examples", "handbook").toString(), "--collection", "handbook", "--url", gateway.url())).isZero();
            String store = out.toString().substring(0, out.toString().indexOf(':'));
            Map<String, String> documents = new HashMap<>();
            gateway.get("/v1/vector_stores/" + store + "/files?limit=100", DEVELOPER).path("data")
                    .forEach(file -> documents.put(file.at("/attributes/path").asText(), file.path("id").asText()));

            HttpResponse<String> answered = gateway.chat(DEVELOPER, "handbook", "How do I get a refund?");

            assertThat(answered.statusCode()).as(answered.body()).isEqualTo(200);
            assertThat(json(answered).at("/aegis/citations").findValuesAsText("document"))
                    .containsExactlyInAnyOrder(documents.get("refunds.md"), documents.get("shipping.md"));
            JsonNode withheld = gateway.audit(runId(answered), "passage.withheld");
            assertThat(withheld).hasSize(1);
            assertThat(withheld.get(0).at("/attributes/document").asText()).isEqualTo(documents.get("supplier-note.md"));
            assertThat(withheld.get(0).at("/attributes/guard").asText()).isEqualTo("injection-guard");
        }
    }
}
