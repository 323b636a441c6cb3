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
    private final String revealRole;
    private final PauseSignal pauses = new PauseSignal();

    /** @param revealRole the role that lets a reader of other principals' runs see their personal data restored */
    public RunRecorder(RunStore memory, Optional<AuditLog> audit, Optional<RunDocuments> documents, String revealRole) {
        this.memory = memory;
        this.audit = audit;
        this.documents = documents;
        this.revealRole = revealRole;
    }

    /** Signalled whenever a run pauses in this process, for the approvers who wait on {@code GET /v1/approvals?wait=}. */
    public PauseSignal pauses() {
        return pauses;
    }

    /**
     * Whether {@code caller} is shown a run of {@code owner} with its personal data restored: its own
     * runs always, anyone's with the reveal role when it may read them at all.
     */
    public boolean showsOriginals(String owner, Principal caller, boolean mayReadAny) {
        return owner.equals(caller.id()) || (mayReadAny && caller.hasRole(revealRole));
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
        if (result.status() == RunStatus.PAUSED) {
            pauses.pulse();
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

    /**
     * The run's document, from memory, else from the durable store (after a restart, or from another
     * instance). Its own principal sees it as it was answered; a reader who may read anyone's runs
     * sees the output as the model saw it, placeholders in place of personal data, unless it has the
     * reveal role ({@code approvals.reveal-role}).
     *
     * @param mayReadAny whether the caller may read runs that are not its own (an approver)
     */
    public Optional<byte[]> document(String runId, Principal caller, boolean mayReadAny) {
        Optional<RunResult> remembered = remembered(runId);
        if (remembered.isPresent()) {
            String owner = remembered.get().state().principal().map(Principal::id).orElse("");
            if (showsOriginals(owner, caller, mayReadAny)) {
                return remembered.map(RunDocument::of);
            }
            return mayReadAny ? remembered.map(RunDocument::masked) : Optional.empty();
        }
        Optional<RunDocuments.Stored> stored = documents.flatMap(store -> store.get(runId));
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        if (showsOriginals(stored.get().principal(), caller, mayReadAny)) {
            return Optional.of(documents.get().restored(stored.get()));
        }
        return mayReadAny ? Optional.of(stored.get().document().getBytes(StandardCharsets.UTF_8)) : Optional.empty();
    }

    /** The run's document as its own principal sees it, for the request that started it and waits on it. */
    Optional<byte[]> ownersDocument(String runId) {
        Optional<RunResult> remembered = remembered(runId);
        if (remembered.isPresent()) {
            return remembered.map(RunDocument::of);
        }
        return documents.flatMap(store -> store.get(runId).map(store::restored));
    }

    // A run paused here may have been decided through another gateway sharing the store, which
    // resumed it there: for a paused run the durable document is the one to trust, not memory.
    private Optional<RunResult> remembered(String runId) {
        return memory.get(runId).filter(result -> result.status() != RunStatus.PAUSED || documents.isEmpty());
    }

    public Optional<String> durableStatus(String runId) {
        return documents.flatMap(store -> store.status(runId));
    }
}
