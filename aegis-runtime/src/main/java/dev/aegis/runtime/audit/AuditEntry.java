package dev.aegis.runtime.audit;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.aegis.api.auth.Principal;
import dev.aegis.api.state.Event;
import dev.aegis.api.state.MaskMap;
import dev.aegis.api.state.RunState;
import java.io.IOException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * One entry as it is written: the fields of its row but the chain's (position and hashes). The
 * events are one JSON array; {@code types} lists their types between commas so a filter by type
 * needs no JSON in SQL. Masked values that slipped into an event are written as their placeholders.
 */
record AuditEntry(String kind, String subject, int firstSeq, int eventCount, long timeMillis, String route, String principal, String team,
        String types, String events) {

    static final String RUN = "run";
    static final String ADMIN = "admin";
    private static final JsonFactory JSON = new JsonFactory();

    /** The run's events from {@code from} on; empty when it has none the log lacks. */
    static Optional<AuditEntry> ofRun(RunState run, int from) {
        List<Event> events = run.events();
        if (from >= events.size()) {
            return Optional.empty();
        }
        Principal principal = run.principal().orElse(null);
        List<Event> fresh = events.subList(from, events.size());
        return Optional.of(new AuditEntry(RUN, run.runId(), from, fresh.size(), fresh.getLast().time().toEpochMilli(), run.route(),
                principal == null ? "" : principal.id(), principal == null ? "" : principal.team(), types(fresh),
                encode(fresh, from, new Scrubber(run.maskMap()))));
    }

    static AuditEntry ofAdmin(AdminAction action) {
        Event event = new Event(action.time(), action.source(), action.action(), action.detail(), action.attributes());
        return new AuditEntry(ADMIN, action.id(), 0, 1, action.time().toEpochMilli(), action.route(), action.actor().id(),
                action.actor().team(), types(List.of(event)), encode(List.of(event), 0, new Scrubber(MaskMap.EMPTY)));
    }

    private static String types(List<Event> events) {
        Set<String> types = new LinkedHashSet<>();
        events.forEach(event -> types.add(event.type()));
        return "," + String.join(",", types) + ",";
    }

    private static String encode(List<Event> events, int from, Scrubber scrubber) {
        ByteArrayOutputStream text = new ByteArrayOutputStream(192 * events.size());
        try (JsonGenerator json = JSON.createGenerator(text, JsonEncoding.UTF8)) {
            json.writeStartArray();
            for (int i = 0; i < events.size(); i++) {
                Event event = events.get(i);
                json.writeStartObject();
                json.writeNumberField("seq", from + i);
                json.writeNumberField("time", event.time().toEpochMilli());
                json.writeStringField("source", event.source());
                json.writeStringField("type", event.type());
                json.writeStringField("detail", scrubber.scrub(event.detail()));
                json.writeObjectFieldStart("attributes");
                for (Map.Entry<String, String> attribute : new TreeMap<>(event.attributes()).entrySet()) {
                    json.writeStringField(attribute.getKey(), scrubber.scrub(attribute.getValue()));
                }
                json.writeEndObject();
                json.writeEndObject();
            }
            json.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString(StandardCharsets.UTF_8);
    }

    /** Defence in depth: a masked value that slipped into an event is replaced by its placeholder. */
    private record Scrubber(MaskMap masks) {
        String scrub(String text) {
            if (masks.size() == 0) {
                return text;
            }
            String result = text;
            for (Map.Entry<String, String> mask : masks.entries().entrySet()) {
                if (mask.getValue().length() >= 3 && result.contains(mask.getValue())) {
                    result = result.replace(mask.getValue(), mask.getKey());
                }
            }
            return result;
        }
    }
}
