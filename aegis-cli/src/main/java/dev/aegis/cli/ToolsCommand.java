package dev.aegis.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Reviews the tool definitions routes trust, through a running gateway's tool-pins API. */
@Command(name = "tools", mixinStandardHelpOptions = true, description = "Lists pinned tool definitions and approves quarantined ones.",
        subcommands = {ToolsCommand.ListPins.class, ToolsCommand.Approve.class})
final class ToolsCommand {

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Tool definitions routes have seen; quarantined ones first.")
    static final class ListPins extends ApprovalsCommand.Base {
        @Option(names = "--quarantined", description = "Only definitions waiting for approval.")
        boolean quarantined;

        @Override
        void run(PrintWriter out) throws IOException, InterruptedException {
            JsonNode list = gateway.call("GET", "/v1/tool-pins" + (quarantined ? "?status=quarantined" : ""), null);
            out.printf("%-12s %-14s %-16s %-24s %s%n", "STATUS", "ROUTE", "SOURCE", "TOOL", "HASH");
            for (JsonNode pin : list.path("data")) {
                boolean pending = pin.has("pending");
                out.printf("%-12s %-14s %-16s %-24s %s%n", pin.path("status").asText(), pin.path("route").asText(), pin.path("source").asText(),
                        pin.path("tool").asText(), pending ? pin.at("/pending/hash").asText() : pin.path("approved_hash").asText());
                if (pending) {
                    out.printf("    new description: %s%n", pin.at("/pending/description").asText());
                }
            }
        }
    }

    @Command(name = "approve", mixinStandardHelpOptions = true,
            description = "Trusts a quarantined definition; the hash must be the one listed, so you approve what you reviewed.")
    static final class Approve extends ApprovalsCommand.Base {
        @Parameters(index = "0", paramLabel = "ROUTE/SOURCE/TOOL", description = "The pin's id, as listed.")
        String id;

        @Option(names = "--hash", required = true, description = "The pending definition's hash, as listed.")
        String hash;

        @Override
        void run(PrintWriter out) throws IOException, InterruptedException {
            String[] parts = id.split("/", 3);
            if (parts.length != 3) {
                throw new IllegalArgumentException("expected ROUTE/SOURCE/TOOL, e.g. agent/tools.1.mcp/get_weather");
            }
            Map<String, String> body = new LinkedHashMap<>();
            body.put("route", parts[0]);
            body.put("source", parts[1]);
            body.put("tool", parts[2]);
            body.put("hash", hash);
            JsonNode pin = gateway.call("POST", "/v1/tool-pins/approve", new ObjectMapper().writeValueAsString(body));
            out.printf("%s %s %s%n", pin.path("id").asText(), pin.path("status").asText(), pin.path("approved_hash").asText());
        }
    }
}
