package dev.aegis.server.internal;

import dev.aegis.api.auth.Principal;
import dev.aegis.runtime.audit.AuditRecord;
import dev.aegis.runtime.audit.Verification;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The audit log as the native API shows it, and who may read it: auditors and admins. */
public final class AuditDocument {

    private static final Set<String> ROLES = Set.of("auditor", "admin");

    /** How many records a query answers when it does not say. */
    public static final int DEFAULT_LIMIT = 100;

    private AuditDocument() {}

    /** @throws ApiError 400 {@code invalid_limit} unless between 1 and 10000 */
    public static int limit(long limit) {
        if (limit < 1 || limit > 10_000) {
            throw ApiError.badRequest("invalid_limit", "'limit' must be between 1 and 10000", "limit");
        }
        return (int) limit;
    }

    /** @throws ApiError 403 {@code role_required} unless the principal is an auditor or an admin */
    public static Principal reader(Principal principal) {
        if (principal.roles().stream().noneMatch(ROLES::contains)) {
            throw ApiError.forbidden("role_required", "Reading the audit log needs the role 'auditor' or 'admin'.");
        }
        return principal;
    }

    public static byte[] list(List<AuditRecord> records) {
        return Json.bytes(json -> {
            json.writeStartObject();
            json.writeStringField("object", "list");
            json.writeArrayFieldStart("data");
            for (AuditRecord record : records) {
                json.writeStartObject();
                json.writeNumberField("id", record.id());
                json.writeStringField("run_id", record.runId());
                json.writeNumberField("seq", record.seq());
                json.writeStringField("time", record.time().toString());
                json.writeStringField("route", record.route());
                json.writeStringField("principal", record.principal());
                json.writeStringField("team", record.team());
                json.writeStringField("type", record.type());
                json.writeStringField("source", record.source());
                json.writeStringField("detail", record.detail());
                json.writeObjectFieldStart("attributes");
                for (Map.Entry<String, String> attribute : record.attributes().entrySet()) {
                    json.writeStringField(attribute.getKey(), attribute.getValue());
                }
                json.writeEndObject();
                json.writeStringField("hash", record.hash());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        });
    }

    /** What checking every chain found: intact, or the first entry whose chain does not hold and why. */
    public static byte[] verification(Verification verification) {
        return Json.bytes(json -> {
            json.writeStartObject();
            json.writeStringField("object", "audit.verification");
            json.writeBooleanField("intact", verification.intact());
            json.writeNumberField("chains", verification.chains());
            json.writeNumberField("entries", verification.entries());
            json.writeNumberField("events", verification.events());
            json.writeNumberField("archived", verification.archived());
            if (verification.brokenAt().isPresent()) {
                json.writeNumberField("broken_at", verification.brokenAt().get());
            } else {
                json.writeNullField("broken_at");
            }
            json.writeStringField("problem", verification.problem().orElse(null));
            json.writeEndObject();
        });
    }
}
