package dev.aegis.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aegis.server.fixtures.RunningGateway;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The native API over HTTP: {@code POST /v1/runs} answers the run document whatever the outcome (completed,
 * paused for approval, refused) and rejects bad input with stable codes; {@code GET /v1/routes} lists only
 * the routes the caller may use; {@code GET /v1/approvals?wait=} answers a waiting approver as soon as a run pauses. Bob (team support) may not use the route restricted to payments; Alice may.
 */
class NativeApiIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    static RunningGateway gateway;

    @BeforeAll
    static void start() throws Exception {
        gateway = RunningGateway.start(dir, """
                providers:
                  local: {type: mock, config: {chunk-size: 4}}
                nodes:
                  house-rules:
                    type: regex-guard
                    config:
                      rules:
                        - {name: competitor, pattern: '\\bacme\\b'}
                        - {name: wire, pattern: 'wire transfer', action: require-approval}
                routes:
                  support:
                    models: [mock-1]
                    ingress: [house-rules]
                    execute: {providers: [local]}
                    egress: [house-rules]
                  transfers:
                    ingress: [house-rules]
                    execute: {providers: [local]}
                  payments-only:
                    execute: {providers: [local]}
                    allow: {teams: [payments]}
                """);
    }

    @AfterAll
    static void stop() {
        gateway.close();
    }

    @Test
    void aRunThatCompletesAnswersItsDocumentAndCanBeReadAgain() throws Exception {
        HttpResponse<String> response = run(RunningGateway.BOB, """
                {"route": "support", "messages": [{"role": "user", "content": "hello there"}], "labels": {"ticket": "T-1"}}""");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode run = JSON.readTree(response.body());
        assertThat(run.path("object").asText()).isEqualTo("run");
        assertThat(run.path("route").asText()).isEqualTo("support");
        assertThat(run.path("status").asText()).isEqualTo("completed");
        assertThat(run.at("/output/role").asText()).isEqualTo("assistant");
        assertThat(run.at("/output/content").asText()).isEqualTo("Mock reply to: hello there");
        assertThat(run.path("finish_reason").asText()).isEqualTo("stop");
        assertThat(run.at("/labels/ticket").asText()).isEqualTo("T-1");
        assertThat(run.at("/usage/total_tokens").asInt()).isPositive();
        assertThat(run.path("events").isArray()).isTrue();
        assertThat(response.headers().firstValue("x-aegis-run-id")).hasValue(run.path("id").asText());

        HttpResponse<String> again = gateway.get("/v1/runs/" + run.path("id").asText(), RunningGateway.BOB);
        assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
        assertThat(JSON.readTree(again.body()).path("status").asText()).isEqualTo("completed");
        assertThat(JSON.readTree(again.body()).at("/output/content").asText()).isEqualTo("Mock reply to: hello there");
    }

    @Test
    void aRunThatNeedsApprovalIsAnsweredPausedAndListedForApprovers() throws Exception {
        HttpResponse<String> response = run(RunningGateway.BOB, """
                {"route": "transfers", "messages": [{"role": "user", "content": "Send a wire transfer of 10 EUR"}]}""");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode run = JSON.readTree(response.body());
        assertThat(run.path("status").asText()).isEqualTo("paused");
        assertThat(run.path("output").isNull()).isTrue();
        assertThat(run.at("/halt/code").asText()).isEqualTo("approval_required");
        String id = run.path("id").asText();

        JsonNode pending = JSON.readTree(gateway.get("/v1/approvals", RunningGateway.ALICE).body()).path("data");
        assertThat(ids(pending)).contains(id);

        HttpResponse<String> approved = gateway.post("/v1/approvals/" + id + "/approve", RunningGateway.ALICE, "{}");
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
        assertThat(JSON.readTree(approved.body()).path("status").asText()).isEqualTo("completed");
        String afterBody = gateway.get("/v1/runs/" + id, RunningGateway.BOB).body();
        JsonNode after = JSON.readTree(afterBody);
        assertThat(after.path("status").asText()).as(afterBody).isEqualTo("completed");
        assertThat(after.at("/output/content").asText()).isEqualTo("Mock reply to: Send a wire transfer of 10 EUR");
    }

    @Test
    void aRefusedRunIsAnsweredWithItsHalt() throws Exception {
        HttpResponse<String> response = run(RunningGateway.BOB, """
                {"route": "support", "messages": [{"role": "user", "content": "is acme cheaper?"}]}""");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode run = JSON.readTree(response.body());
        assertThat(run.path("status").asText()).isEqualTo("refused");
        assertThat(run.at("/halt/source").asText()).isNotEmpty();
        assertThat(run.path("output").isNull()).isTrue();
    }

    @Test
    void badInputIsRefusedWithAStableCodeInOpenAisShape() throws Exception {
        assertError(run(RunningGateway.BOB, "{\"messages\": [{\"role\": \"user\", \"content\": \"hi\"}]}"), 400, "missing_route", "route");
        assertError(run(RunningGateway.BOB, "{\"route\": \"support\", \"messages\": []}"), 400, "invalid_messages", "messages");
        assertError(run(RunningGateway.BOB, "{\"route\": \"support\"}"), 400, "invalid_messages", "messages");
        assertError(run(RunningGateway.BOB, """
                {"route": "support", "messages": [{"role": "user", "content": "hi"}], "labels": ["x"]}"""), 400, "invalid_labels", "labels");
        assertError(run(RunningGateway.BOB, """
                {"route": "support", "messages": [{"role": "user", "content": "hi"}], "model": "gpt-5"}"""), 404, "model_not_found", null);
        HttpResponse<String> notJson = run(RunningGateway.BOB, "{not json");
        assertThat(notJson.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(notJson.body()).at("/error/type").asText()).isEqualTo("invalid_request_error");
    }

    @Test
    void aRouteTheCallerMayNotUseIsNotFoundForThem() throws Exception {
        HttpResponse<String> bob = run(RunningGateway.BOB, """
                {"route": "payments-only", "messages": [{"role": "user", "content": "hi"}]}""");
        assertThat(bob.statusCode()).as(bob.body()).isGreaterThanOrEqualTo(400);
        assertThat(bob.body()).doesNotContain("Mock reply");

        HttpResponse<String> alice = run(RunningGateway.ALICE, """
                {"route": "payments-only", "messages": [{"role": "user", "content": "hi"}]}""");
        assertThat(alice.statusCode()).as(alice.body()).isEqualTo(201);
        assertThat(JSON.readTree(alice.body()).path("status").asText()).isEqualTo("completed");
    }

    @Test
    void routesListsWhatEachRouteDoesAndOnlyRoutesTheCallerMayUse() throws Exception {
        HttpResponse<String> bob = gateway.get("/v1/routes", RunningGateway.BOB);

        assertThat(bob.statusCode()).as(bob.body()).isEqualTo(200);
        JsonNode list = JSON.readTree(bob.body());
        assertThat(list.path("object").asText()).isEqualTo("list");
        assertThat(names(list.path("data"))).containsExactly("support", "transfers");
        JsonNode support = list.path("data").get(0);
        assertThat(support.path("models").toString()).isEqualTo("[\"support\",\"mock-1\"]");
        assertThat(support.path("providers").toString()).isEqualTo("[\"local\"]");
        assertThat(support.path("ingress").toString()).contains("house-rules");
        assertThat(support.path("egress").toString()).contains("house-rules");
        assertThat(support.path("durability").asText()).isNotEmpty();

        JsonNode alice = JSON.readTree(gateway.get("/v1/routes", RunningGateway.ALICE).body()).path("data");
        assertThat(names(alice)).containsExactlyInAnyOrder("support", "transfers", "payments-only");

        assertThat(gateway.get("/v1/routes", null).statusCode()).isEqualTo(401);
    }

    @Test
    void anApproverWaitingForApprovalsIsAnsweredWhenARunPauses() throws Exception {
        assertThat(JSON.readTree(gateway.get("/v1/approvals?route=transfers", RunningGateway.ALICE).body()).path("data")).isEmpty();
        ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
        try {
            Future<HttpResponse<String>> waiting = threads.submit(() -> gateway.get("/v1/approvals?route=transfers&wait=60s", RunningGateway.ALICE));

            HttpResponse<String> started = run(RunningGateway.BOB, """
                    {"route": "transfers", "messages": [{"role": "user", "content": "Send a wire transfer of 20 EUR"}]}""");
            String id = JSON.readTree(started.body()).path("id").asText();

            // bounded only so that a broken wake-up fails the test instead of hanging it; the wait asked for is 60s
            HttpResponse<String> woken = waiting.get(45, TimeUnit.SECONDS);
            assertThat(woken.statusCode()).as(woken.body()).isEqualTo(200);
            assertThat(ids(JSON.readTree(woken.body()).path("data"))).containsExactly(id);
            gateway.post("/v1/approvals/" + id + "/reject", RunningGateway.ALICE, "{}");
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void aWaitWithNothingPendingAnswersTheEmptyListAndABadWaitIsRefused() throws Exception {
        HttpResponse<String> empty = gateway.get("/v1/approvals?route=payments-only&wait=200ms", RunningGateway.ALICE);
        assertThat(empty.statusCode()).as(empty.body()).isEqualTo(200);
        assertThat(JSON.readTree(empty.body()).path("data")).isEmpty();

        assertError(gateway.get("/v1/approvals?wait=soon", RunningGateway.ALICE), 400, "invalid_wait", "wait");
        assertError(gateway.get("/v1/approvals?wait=61s", RunningGateway.ALICE), 400, "invalid_wait", "wait");
        assertThat(gateway.get("/v1/approvals?wait=1s", RunningGateway.BOB).statusCode()).isEqualTo(403);
    }

    @Test
    void aStreamedRunSendsItsEventsAndContentDeltasThenTheRunDocument() throws Exception {
        HttpResponse<String> response = run(RunningGateway.BOB, """
                {"route": "support", "stream": true, "messages": [{"role": "user", "content": "stream please"}]}""");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("content-type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/event-stream"));
        List<String[]> events = sse(response.body());
        assertThat(events).hasSizeGreaterThanOrEqualTo(3);
        StringBuilder content = new StringBuilder();
        List<JsonNode> logged = new ArrayList<>();
        for (String[] event : events.subList(0, events.size() - 1)) {
            assertThat(event[0]).isIn("delta", "run.event");
            if (event[0].equals("delta")) {
                content.append(JSON.readTree(event[1]).path("content").asText());
            } else {
                logged.add(JSON.readTree(event[1]));
            }
        }
        assertThat(content.toString()).isEqualTo("Mock reply to: stream please");
        assertThat(events.get(0)[0]).isEqualTo("run.event");
        String[] last = events.get(events.size() - 1);
        assertThat(last[0]).isEqualTo("run");
        JsonNode run = JSON.readTree(last[1]);
        assertThat(run.path("status").asText()).isEqualTo("completed");
        assertThat(run.at("/output/content").asText()).isEqualTo("Mock reply to: stream please");
        assertThat(run.path("id").asText()).isEqualTo(response.headers().firstValue("x-aegis-run-id").orElseThrow());
        // Every event of the run's log was sent once, in the log's order, before the document.
        assertThat(logged).isEqualTo(iterable(run.path("events")));
        assertThat(logged.getFirst().path("type").asText()).isEqualTo("run.started");
        assertThat(logged.getLast().path("type").asText()).isEqualTo("completed");
    }

    @Test
    void aStreamedRunThatPausesEndsWithThePausedRunAndNoContent() throws Exception {
        HttpResponse<String> response = run(RunningGateway.BOB, """
                {"route": "transfers", "stream": true, "messages": [{"role": "user", "content": "Send a wire transfer of 30 EUR"}]}""");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        List<String[]> events = sse(response.body());
        assertThat(events).extracting(event -> event[0]).doesNotContain("delta").endsWith("run");
        JsonNode run = JSON.readTree(events.getLast()[1]);
        assertThat(run.path("status").asText()).isEqualTo("paused");
        assertThat(events.stream().filter(event -> event[0].equals("run.event")).map(event -> {
            try {
                return JSON.readTree(event[1]).path("type").asText();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        })).containsExactly("run.started", "verdict", "paused");
        gateway.post("/v1/approvals/" + run.path("id").asText() + "/reject", RunningGateway.ALICE, "{}");

        assertError(run(RunningGateway.BOB, """
                {"route": "support", "stream": "yes", "messages": [{"role": "user", "content": "hi"}]}"""), 400, "invalid_request", "stream");
    }

    @Test
    void theOpenApiDocumentDescribesTheNativeApi() throws Exception {
        HttpResponse<String> response = gateway.get("/openapi.json", null);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode paths = JSON.readTree(response.body()).path("paths");
        JsonNode schemas = JSON.readTree(response.body()).at("/components/schemas");
        assertThat(paths.at("/~1v1~1routes/get").isObject()).isTrue();
        assertThat(paths.at("/~1v1~1runs~1{id}/get").isObject()).isTrue();
        JsonNode runs = paths.at("/~1v1~1runs/post");
        assertThat(runs.at("/responses/201/content/application~1json/schema/$ref").asText()).isEqualTo("#/components/schemas/Run");
        assertThat(runs.at("/responses/200/content").has("text/event-stream")).isTrue();
        assertThat(runs.at("/responses/400/description").asText()).contains("missing_route", "invalid_messages", "invalid_labels");
        assertThat(schemas.at("/RunRequest/properties/stream/type").asText()).isEqualTo("boolean");
        JsonNode approvals = paths.at("/~1v1~1approvals/get");
        List<String> parameters = new ArrayList<>();
        approvals.path("parameters").forEach(parameter -> parameters.add(parameter.path("name").asText()));
        assertThat(parameters).contains("route", "wait");
        assertThat(approvals.at("/responses/400/description").asText()).contains("invalid_wait");
        assertThat(runs.at("/responses/200/x-aegis-events").fieldNames()).toIterable().containsExactly("run.event", "delta", "run", "error");
        assertThat(paths.at("/~1v1~1audit~1verify/get/responses/200/content/application~1json/schema/$ref").asText())
                .isEqualTo("#/components/schemas/AuditVerification");
        assertThat(paths.at("/~1v1~1budgets/get").isObject()).isTrue();
    }

    private static List<JsonNode> iterable(JsonNode array) {
        List<JsonNode> nodes = new ArrayList<>();
        array.forEach(nodes::add);
        return nodes;
    }

    /** The events of a server-sent event stream, each as {name, data}. */
    private static List<String[]> sse(String body) {
        List<String[]> events = new ArrayList<>();
        for (String block : body.split("\n\n")) {
            if (block.isBlank()) {
                continue;
            }
            String name = "message";
            StringBuilder data = new StringBuilder();
            for (String line : block.split("\n")) {
                if (line.startsWith("event: ")) {
                    name = line.substring(7);
                } else if (line.startsWith("data: ")) {
                    data.append(line.substring(6));
                }
            }
            events.add(new String[] {name, data.toString()});
        }
        return events;
    }

    private static void assertError(HttpResponse<String> response, int status, String code, String param) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        JsonNode error = JSON.readTree(response.body()).path("error");
        assertThat(error.path("code").asText()).isEqualTo(code);
        assertThat(error.path("message").asText()).isNotEmpty();
        assertThat(error.path("type").asText()).isNotEmpty();
        if (param != null) {
            assertThat(error.path("param").asText()).isEqualTo(param);
        }
    }

    private static List<String> names(JsonNode data) {
        List<String> names = new ArrayList<>();
        data.forEach(route -> names.add(route.path("name").asText()));
        return names;
    }

    private static List<String> ids(JsonNode data) {
        List<String> ids = new ArrayList<>();
        data.forEach(item -> ids.add(item.path("id").asText(item.path("run").asText())));
        return ids;
    }

    private static HttpResponse<String> run(String token, String body) {
        return gateway.post("/v1/runs", token, body);
    }
}
