package dev.aegis.server.internal;

import dev.aegis.api.AegisException;
import dev.aegis.api.auth.Principal;
import dev.aegis.runtime.RunNotRecordedException;
import dev.aegis.runtime.RunResult;
import dev.aegis.runtime.RunSink;
import dev.aegis.runtime.RunStatus;
import dev.aegis.runtime.audit.AdminAction;
import dev.aegis.runtime.audit.AuditLog;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The gateway's run-end sink: every run, when it ends and before its client hears of it, goes to the
 * in-memory run store (for {@code GET /v1/runs/{id}}), to the durable documents when it paused or
 * was decided, and to the audit log. A run the audit log cannot take is not acknowledged.
 */
public final class RunRecorder implements RunSink {

    private final RunStore memory;
    private final Optional<AuditLog> audit;
    private final Optional<RunDocuments> documents;

    public RunRecorder(RunStore memory, Optional<AuditLog> audit, Optional<RunDocuments> documents) {
        this.memory = memory;
        this.audit = audit;
        this.documents = documents;
    }

    // The audit record first: a client waiting on a paused run is answered from the durable
    // document, and must never see a decided run that is not in the log.
    @Override
    public void runEnded(RunResult result) {
        if (audit.isPresent()) {
            try {
                audit.get().record(result.state());
            } catch (AegisException e) {
                throw new RunNotRecordedException(result, e);
            }
        }
        memory.put(result);
        if (result.status() == RunStatus.PAUSED || result.decided()) {
            // a decided run's document replaces the paused one, wherever it paused
            documents.ifPresent(store -> store.save(result));
        }
    }

    /**
     * Records an administrative action before it is acknowledged.
     *
     * @throws ApiError 503 {@code audit_unavailable} when it could not be recorded
     */
    public void recordAdmin(AdminAction action) {
        if (audit.isPresent()) {
            try {
                audit.get().record(action);
            } catch (AegisException e) {
                throw new ApiError(503, "service_unavailable", RunNotRecordedException.CODE,
                        "The action was taken but could not be recorded in the audit log; it is not acknowledged.", Optional.empty());
            }
        }
    }

    /** The run's document: from memory, else from the durable store (after a restart, or from another instance). */
    public Optional<byte[]> document(String runId, Principal principal, boolean anyone) {
        Optional<RunResult> remembered = anyone ? memory.get(runId) : memory.get(runId, principal);
        if (remembered.isPresent()) {
            return remembered.map(RunDocument::of);
        }
        return documents.flatMap(store -> store.get(runId, principal, anyone)).map(text -> text.getBytes(StandardCharsets.UTF_8));
    }

    public Optional<String> durableStatus(String runId) {
        return documents.flatMap(store -> store.status(runId));
    }
}
