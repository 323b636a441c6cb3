package dev.aegis.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Decides about paused runs through a running gateway's approvals API (any instance: the run
 * resumes from its checkpoint wherever the decision lands).
 */
@Command(name = "approvals", mixinStandardHelpOptions = true, description = "Lists, shows, approves and rejects runs waiting for a human.",
        subcommands = {ApprovalsCommand.ListPending.class, ApprovalsCommand.Show.class, ApprovalsCommand.Approve.class, ApprovalsCommand.Reject.class})
final class ApprovalsCommand {

    static final class Connection {
        @Option(names = "--url", defaultValue = "${AEGIS_URL:-http://127.0.0.1:8080}", description = "The gateway (default: ${DEFAULT-VALUE}).")
        String url;

        @Option(names = "--api-key", defaultValue = "${AEGIS_API_KEY}", description = "An approver's API key (default: $AEGIS_API_KEY).")
        String apiKey;

        private static final ObjectMapper JSON = new ObjectMapper();
        private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

        JsonNode call(String method, String path, String body) throws IOException, InterruptedException {
            if (apiKey == null || apiKey.isBlank()) {
                throw new IllegalArgumentException("no API key: pass --api-key or set AEGIS_API_KEY");
            }
            HttpRequest request = HttpRequest.newBuilder(URI.create(url.replaceAll("/+$", "") + path))
                    .header("Authorization", "Bearer " + apiKey)
                    .header("Content-Type", "application/json")
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                    .build();
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            JsonNode json = JSON.readTree(response.body().isEmpty() ? "{}" : response.body());
            if (response.statusCode() >= 400) {
                throw new IllegalStateException(response.statusCode() + " " + json.at("/error/code").asText() + ": " + json.at("/error/message").asText());
            }
            return json;
        }
    }

    abstract static class Base implements Callable<Integer> {
        @Mixin
        Connection gateway;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws InterruptedException {
            try {
                run(spec.commandLine().getOut());
                spec.commandLine().getOut().flush();
                return 0;
            } catch (IOException | RuntimeException e) {
                spec.commandLine().getErr().println("aegis " + spec.parent().name() + ": " + e.getMessage());
                spec.commandLine().getErr().flush();
                return 1;
            }
        }

        abstract void run(PrintWriter out) throws IOException, InterruptedException;
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Runs waiting for a decision.")
    static final class ListPending extends Base {
        @Option(names = "--route", description = "Only this route's runs.")
        String route;

        @Override
        void run(PrintWriter out) throws IOException, InterruptedException {
            JsonNode list = gateway.call("GET", "/v1/approvals" + (route == null ? "" : "?route=" + route), null);
            out.printf("%-40s %-14s %-12s %-24s %s%n", "RUN", "ROUTE", "PRINCIPAL", "EXPIRES", "REASON");
            for (JsonNode approval : list.path("data")) {
                out.printf("%-40s %-14s %-12s %-24s %s (%s)%n", approval.path("run_id").asText(), approval.path("route").asText(),
                        approval.path("principal").asText(), approval.path("expires").asText(), approval.path("reason").asText(), approval.path("guard").asText());
            }
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "Shows a paused run's request and its conversation as the model would be sent it (masked).")
    static final class Show extends Base {
        @Parameters(index = "0", paramLabel = "RUN_ID")
        String runId;

        @Option(names = "--reveal", description = "Show the conversation unmasked (needs the reveal role; recorded in the audit log).")
        boolean reveal;

        @Override
        void run(PrintWriter out) throws IOException, InterruptedException {
            JsonNode approval = gateway.call("GET", "/v1/approvals/" + runId + (reveal ? "?reveal=true" : ""), null);
            out.printf("%s %s %s: %s (%s), approvals %d of %d%n", approval.path("run_id").asText(), approval.path("status").asText(),
                    approval.path("route").asText(), approval.path("reason").asText(), approval.path("guard").asText(),
                    approval.path("approved_by").size(), approval.path("approvals_required").asInt(1));
            out.println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(approval.path("messages")));
        }
    }

    @Command(name = "approve", mixinStandardHelpOptions = true, description = "Approves a paused run: it resumes and its result is printed.")
    static final class Approve extends Base {
        @Parameters(index = "0", paramLabel = "RUN_ID")
        String runId;

        @Option(names = "--messages", paramLabel = "JSON", description = "The conversation as edited by the approver (a JSON array of messages).")
        String messages;

        @Override
        void run(PrintWriter out) throws IOException, InterruptedException {
            String body = messages == null ? null : "{\"messages\": " + messages + "}";
            JsonNode run = gateway.call("POST", "/v1/approvals/" + runId + "/approve", body);
            if (run.path("object").asText().equals("approval")) {
                // counted: the request waits for more approvers
                out.printf("%s pending: approvals %d of %d%n", run.path("run_id").asText(), run.path("approved_by").size(),
                        run.path("approvals_required").asInt());
                return;
            }
            out.printf("%s %s%s%n", run.path("id").asText(), run.path("status").asText(),
                    run.path("output").isObject() ? ": " + run.at("/output/content").asText() : "");
        }
    }

    @Command(name = "reject", mixinStandardHelpOptions = true, description = "Rejects a paused run: it ends refused.")
    static final class Reject extends Base {
        @Parameters(index = "0", paramLabel = "RUN_ID")
        String runId;

        @Option(names = "--reason", defaultValue = "rejected by an approver")
        String reason;

        @Override
        void run(PrintWriter out) throws IOException, InterruptedException {
            JsonNode run = gateway.call("POST", "/v1/approvals/" + runId + "/reject", new ObjectMapper().writeValueAsString(java.util.Map.of("reason", reason)));
            out.printf("%s %s%n", run.path("id").asText(), run.path("status").asText());
        }
    }
}
