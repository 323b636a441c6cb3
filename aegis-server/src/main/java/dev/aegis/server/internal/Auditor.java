package dev.aegis.server.internal;

import dev.aegis.api.AegisException;
import dev.aegis.runtime.RunResult;
import dev.aegis.runtime.audit.AuditLog;
import java.util.Optional;

/** Records a run before the client hears its outcome; a run that cannot be recorded is not acknowledged. */
public final class Auditor {

    private final Optional<AuditLog> log;

    public Auditor(Optional<AuditLog> log) {
        this.log = log;
    }

    /** @throws ApiError 503 {@code audit_unavailable} when the record could not be written */
    public void record(RunResult result) {
        if (log.isEmpty()) {
            return;
        }
        try {
            log.get().record(result.state());
        } catch (AegisException e) {
            throw new ApiError(503, "service_unavailable", "audit_unavailable",
                    "The run " + result.state().runId() + " finished but could not be recorded in the audit log; it is not acknowledged.", Optional.empty());
        }
    }
}
