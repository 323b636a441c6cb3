package dev.aegis.embedded.internal;

import static dev.aegis.embedded.internal.Errors.translated;

import dev.aegis.client.AuditApi;
import dev.aegis.client.model.AuditQuery;
import dev.aegis.client.model.AuditRecord;
import dev.aegis.client.model.AuditVerification;
import dev.aegis.runtime.audit.AuditLog;
import dev.aegis.runtime.audit.Verification;
import dev.aegis.server.internal.ApiError;
import dev.aegis.server.internal.AuditDocument;
import java.util.List;
import java.util.Optional;

/** The audit log in-process: the same readers (auditors and admins), the same records, the same verification. */
public final class EmbeddedAudit implements AuditApi {

    private final Optional<AuditLog> log;
    private final Caller caller;

    public EmbeddedAudit(Optional<AuditLog> log, Caller caller) {
        this.log = log;
        this.caller = caller;
    }

    @Override
    public List<AuditRecord> list(AuditQuery query) {
        return translated(() -> {
            AuditLog audit = readable();
            int limit = AuditDocument.limit(query.limit().orElse(AuditDocument.DEFAULT_LIMIT));
            return Listings.audit(AuditDocument.list(audit.query(new dev.aegis.runtime.audit.AuditQuery(query.run(), query.route(),
                    query.principal(), query.type(), query.since(), query.after(), limit))));
        });
    }

    @Override
    public AuditVerification verify() {
        return translated(() -> {
            Verification verification = readable().verify();
            return new AuditVerification(verification.intact(), verification.chains(), verification.entries(), verification.events(),
                    verification.archived(), verification.brokenAt(), verification.problem());
        });
    }

    // As over HTTP: without an audit log there is no /v1/audit to read.
    private AuditLog readable() {
        AuditDocument.reader(caller.principal());
        return log.orElseThrow(() -> ApiError.notFound("audit_disabled", "The audit log is disabled in this gateway's configuration."));
    }
}
