package dev.aegis.server.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.aegis.api.auth.Principal;
import dev.aegis.kernel.plan.ProviderBinding;
import dev.aegis.kernel.plan.RoutePlan;
import dev.aegis.kernel.plan.Step;
import dev.aegis.runtime.CompiledRoute;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

/** The models (OpenAI's list) and the routes a principal may use, as the API shows them. */
public final class CatalogDocuments {

    private CatalogDocuments() {}

    public static byte[] models(Gateway gateway, Principal principal) {
        return Json.bytes(json -> {
            json.writeStartObject();
            json.writeStringField("object", "list");
            json.writeArrayFieldStart("data");
            for (var model : gateway.modelsFor(principal).entrySet()) {
                json.writeStartObject();
                json.writeStringField("id", model.getKey());
                json.writeStringField("object", "model");
                json.writeNumberField("created", 0);
                json.writeStringField("owned_by", "aegis:" + model.getValue().name());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        });
    }

    public static byte[] routes(Gateway gateway, Principal principal) {
        return Json.bytes(json -> {
            json.writeStartObject();
            json.writeStringField("object", "list");
            json.writeArrayFieldStart("data");
            for (CompiledRoute route : gateway.routesFor(principal)) {
                RoutePlan plan = route.plan();
                json.writeStartObject();
                json.writeStringField("name", plan.name());
                strings(json, "models", plan.models());
                strings(json, "ingress", plan.ingress().stream().map(Step::id).toList());
                json.writeStringField("route", plan.router().map(Step::id).orElse(null));
                strings(json, "providers", plan.execute().providers().stream().map(ProviderBinding::name).toList());
                strings(json, "egress", plan.egress().stream().map(Step::id).toList());
                json.writeStringField("durability", plan.durability().name().toLowerCase(Locale.ROOT).replace('_', '-'));
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        });
    }

    private static void strings(JsonGenerator json, String field, List<String> values) throws IOException {
        json.writeArrayFieldStart(field);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }
}
