package dev.aegis.runtime.durable.internal;

import static dev.aegis.runtime.durable.internal.Json.array;
import static dev.aegis.runtime.durable.internal.Json.elements;
import static dev.aegis.runtime.durable.internal.Json.field;
import static dev.aegis.runtime.durable.internal.Json.number;
import static dev.aegis.runtime.durable.internal.Json.object;
import static dev.aegis.runtime.durable.internal.Json.optionalText;
import static dev.aegis.runtime.durable.internal.Json.readStringMap;
import static dev.aegis.runtime.durable.internal.Json.readStrings;
import static dev.aegis.runtime.durable.internal.Json.stringMap;
import static dev.aegis.runtime.durable.internal.Json.stringSet;
import static dev.aegis.runtime.durable.internal.Json.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aegis.api.auth.Principal;
import dev.aegis.api.model.ProviderException;
import dev.aegis.api.state.Event;
import dev.aegis.api.state.Halt;
import dev.aegis.api.state.Target;
import dev.aegis.api.state.Usage;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/** The run's own values in checkpoints: who, where to, what happened, what it cost, why it stopped. */
final class RunValuesJson {

    private static final String REFUSED = "refused";
    private static final String AWAITING_APPROVAL = "awaiting-approval";

    private RunValuesJson() {}

    static ObjectNode principal(Principal principal) {
        ObjectNode node = object().put("id", principal.id()).put("team", principal.team());
        node.set("roles", stringSet(principal.roles()));
        node.set("attributes", stringMap(principal.attributes()));
        return node;
    }

    static Principal readPrincipal(JsonNode node) {
        return new Principal(text(node, "id"), text(node, "team"),
                new HashSet<>(readStrings(field(node, "roles"))), readStringMap(field(node, "attributes")));
    }

    static ObjectNode target(Target target) {
        ObjectNode node = object().put("provider", target.provider());
        node.set("labels", stringMap(target.labels()));
        node.set("tags", stringSet(target.tags()));
        return node;
    }

    static Target readTarget(JsonNode node) {
        return new Target(text(node, "provider"), readStringMap(field(node, "labels")), new HashSet<>(readStrings(field(node, "tags"))));
    }

    static ArrayNode targets(List<Target> targets) {
        ArrayNode node = array();
        targets.forEach(target -> node.add(target(target)));
        return node;
    }

    static List<Target> readTargets(JsonNode node) {
        List<Target> targets = new ArrayList<>();
        elements(node).forEach(target -> targets.add(readTarget(target)));
        return List.copyOf(targets);
    }

    static ArrayNode events(List<Event> events) {
        ArrayNode node = array();
        for (Event event : events) {
            ObjectNode entry = object().put("time", event.time().toString()).put("source", event.source())
                    .put("type", event.type()).put("detail", event.detail());
            entry.set("attributes", stringMap(event.attributes()));
            node.add(entry);
        }
        return node;
    }

    static List<Event> readEvents(JsonNode node) {
        List<Event> events = new ArrayList<>();
        for (JsonNode entry : elements(node)) {
            events.add(new Event(Instant.parse(text(entry, "time")), text(entry, "source"), text(entry, "type"),
                    text(entry, "detail"), readStringMap(field(entry, "attributes"))));
        }
        return List.copyOf(events);
    }

    static ObjectNode usage(Usage usage) {
        return object().put("input-tokens", usage.inputTokens()).put("output-tokens", usage.outputTokens())
                .put("cost", usage.cost().toString());
    }

    static Usage readUsage(JsonNode node) {
        return new Usage(number(node, "input-tokens"), number(node, "output-tokens"), new BigDecimal(text(node, "cost")));
    }

    static ObjectNode halt(Halt halt) {
        ObjectNode node = object().put("source", halt.source()).put("reason", halt.reason());
        switch (halt) {
            case Halt.Refused refused -> {
                node.put("type", REFUSED).put("code", refused.code()).put("kind", refused.kind().name());
                refused.retryAt().ifPresent(at -> node.put("retry-at", at.toString()));
            }
            case Halt.AwaitingApproval awaiting -> node.put("type", AWAITING_APPROVAL);
        }
        return node;
    }

    static Halt readHalt(JsonNode node) {
        String type = text(node, "type");
        return switch (type) {
            case REFUSED -> new Halt.Refused(text(node, "source"), text(node, "code"), text(node, "reason"),
                    Halt.Refused.Kind.valueOf(text(node, "kind")), optionalText(node, "retry-at").map(Instant::parse));
            case AWAITING_APPROVAL -> new Halt.AwaitingApproval(text(node, "source"), text(node, "reason"));
            default -> throw Json.corrupt("unknown halt type '" + type + "'");
        };
    }

    /** The failure kind, upstream status and message; the cause stays behind (it is not a value). */
    static ObjectNode providerFailure(ProviderException failure) {
        ObjectNode node = object().put("failure", failure.failure().name()).put("message", String.valueOf(failure.getMessage()));
        failure.upstreamStatus().ifPresent(status -> node.put("upstream-status", status));
        return node;
    }

    static ProviderException readProviderFailure(JsonNode node) {
        int status = Optional.ofNullable(node.get("upstream-status")).map(JsonNode::intValue).orElse(-1);
        return new ProviderException(ProviderException.Failure.valueOf(text(node, "failure")), status, text(node, "message"), null);
    }
}
