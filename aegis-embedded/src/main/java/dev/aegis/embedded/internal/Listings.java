package dev.aegis.embedded.internal;

import static dev.aegis.embedded.internal.Documents.list;
import static dev.aegis.embedded.internal.Documents.object;
import static dev.aegis.embedded.internal.Documents.strings;
import static dev.aegis.embedded.internal.Documents.text;
import static dev.aegis.embedded.internal.Documents.tree;
import static dev.aegis.embedded.internal.Documents.wire;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aegis.client.model.AuditRecord;
import dev.aegis.client.model.Budgets;
import dev.aegis.client.model.Durability;
import dev.aegis.client.model.Model;
import dev.aegis.client.model.Route;
import dev.aegis.client.model.ToolPin;
import dev.aegis.client.model.ToolPinStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Reads the server's listings (routes, models, tool pins, audit records) and the budgets document into the SDK's records. */
public final class Listings {

    private Listings() {}

    public static List<Route> routes(byte[] list) {
        return list(tree(list).path("data"), route -> new Route(route.path("name").asText(), list(route.path("models"), JsonNode::asText),
                list(route.path("ingress"), JsonNode::asText), text(route.path("route")), list(route.path("providers"), JsonNode::asText),
                list(route.path("egress"), JsonNode::asText), wire(Durability.values(), route.path("durability").asText())));
    }

    public static List<Model> models(byte[] list) {
        return list(tree(list).path("data"), model -> new Model(model.path("id").asText(), model.path("created").asLong(),
                model.path("owned_by").asText()));
    }

    public static List<ToolPin> toolPins(byte[] list) {
        return list(tree(list).path("data"), Listings::toolPin);
    }

    public static ToolPin toolPin(byte[] document) {
        return toolPin(tree(document));
    }

    private static ToolPin toolPin(JsonNode pin) {
        return new ToolPin(pin.path("id").asText(), pin.path("route").asText(), pin.path("source").asText(), pin.path("tool").asText(),
                wire(ToolPinStatus.values(), pin.path("status").asText()), text(pin.path("approved_hash")),
                object(pin.path("pending")).map(pending -> new ToolPin.Pending(pending.path("hash").asText(), pending.path("description").asText(),
                        pending.path("parameters").asText())),
                Instant.parse(pin.path("first_seen").asText()), Instant.parse(pin.path("updated").asText()), text(pin.path("decided_by")));
    }

    public static List<AuditRecord> audit(byte[] list) {
        return list(tree(list).path("data"), record -> new AuditRecord(record.path("id").asLong(), record.path("run_id").asText(),
                record.path("seq").asLong(), Instant.parse(record.path("time").asText()), record.path("route").asText(),
                record.path("principal").asText(), record.path("team").asText(), record.path("type").asText(), record.path("source").asText(),
                record.path("detail").asText(), strings(record.path("attributes")), record.path("hash").asText()));
    }

    public static Budgets budgets(byte[] document) {
        JsonNode budgets = tree(document);
        return new Budgets(budgets.path("currency").asText(), Instant.parse(budgets.path("as_of").asText()),
                list(budgets.path("teams"), team -> new Budgets.Team(team.path("team").asText(), limits(team))),
                new Budgets.Key(budgets.at("/key/id").asText(), limits(budgets.path("key"))));
    }

    private static List<Budgets.Limit> limits(JsonNode owner) {
        return list(owner.path("limits"), limit -> new Budgets.Limit(limit.path("name").asText(), limit.path("period").asText(),
                amount(limit.path("limit")), limit.path("spent").decimalValue(), limit.path("reserved").decimalValue(),
                limit.path("lapsed").decimalValue(), amount(limit.path("remaining")), Instant.parse(limit.path("resets_at").asText())));
    }

    private static Optional<BigDecimal> amount(JsonNode number) {
        return number.isNumber() ? Optional.of(number.decimalValue()) : Optional.empty();
    }
}
