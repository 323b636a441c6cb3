package dev.aegis.server.internal;

import dev.aegis.api.auth.Principal;
import dev.aegis.runtime.RunResult;
import dev.aegis.runtime.RunStatus;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Where a finished run goes before its client hears of it: the audit log (always), the in-memory
 * run store (for {@code GET /v1/runs/{id}}), and the durable documents when it paused or resumed.
 */
public final class RunRecorder {

    private final RunStore memory;
    private final Auditor auditor;
    private final Optional<RunDocuments> documents;

    public RunRecorder(RunStore memory, Auditor auditor, Optional<RunDocuments> documents) {
        this.memory = memory;
        this.auditor = auditor;
        this.documents = documents;
    }

    /** Records a run: audited, remembered, and stored durably if it paused. */
    public void record(RunResult result) {
        remember(result);
        auditor.record(result);
    }

    /** Remembers a run whose audit record is written elsewhere (a stream records it before its last event). */
    public void remember(RunResult result) {
        memory.put(result);
        if (result.status() == RunStatus.PAUSED) {
            documents.ifPresent(store -> store.save(result));
        }
    }

    /** Records a run resumed after approval: its document replaces the paused one. */
    public void recordResumed(RunResult result) {
        memory.put(result);
        auditor.record(result);
        documents.ifPresent(store -> store.save(result));
    }

    public Auditor auditor() {
        return auditor;
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
