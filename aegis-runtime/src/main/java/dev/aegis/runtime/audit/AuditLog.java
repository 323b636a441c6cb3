package dev.aegis.runtime.audit;

import dev.aegis.api.AegisException;
import dev.aegis.api.state.RunState;
import dev.aegis.runtime.store.Database;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * The append-only, hash-chained audit log of every run (verdicts with their evidence, routing
 * decisions, model calls, approvals, refusals, usage) and of administrative actions. A run is one
 * entry holding all its events; entries are chained per writer ({@code chain}: one per gateway
 * instance, so writers never wait on one another). {@link #record} returns only once the entry is
 * committed, so an acknowledged request always has its audit record; concurrent records share one
 * transaction (see {@link GroupCommit}).
 */
public final class AuditLog implements AutoCloseable {

    private final AuditReader reader;
    private final Optional<GroupCommit> commits;

    private AuditLog(Database database, Optional<GroupCommit> commits) {
        this.reader = new AuditReader(database);
        this.commits = commits;
    }

    /**
     * Opens the log on the state store, creating its tables and this writer's chain when missing.
     *
     * @param chain this writer's chain: one per gateway instance that shares the store
     */
    public static AuditLog open(Database database, String chain) {
        createTables(database, Optional.of(chain));
        return new AuditLog(database, Optional.of(new GroupCommit(new AuditWriter(database, chain)::append)));
    }

    /** Opens the log to read and verify it only (the CLI): {@link #record} refuses. */
    public static AuditLog openForReading(Database database) {
        createTables(database, Optional.empty());
        return new AuditLog(database, Optional.empty());
    }

    private static void createTables(Database database, Optional<String> chain) {
        try {
            AuditSchema.create(database, chain);
        } catch (SQLException | IllegalStateException e) {
            throw new AegisException("audit_unavailable", "cannot create the audit log tables: " + e.getMessage(), e);
        }
    }

    /**
     * Appends the run's events not yet in the log, as one entry, and waits until it is committed.
     *
     * @throws AegisException {@code audit_unavailable} when it could not be written: the caller must
     *     not acknowledge the request as if it were recorded
     */
    public void record(RunState run) {
        writer().submit(run);
    }

    /** Appends an administrative action and waits until it is committed; failures as {@link #record}. */
    public void record(AdminAction action) {
        writer().submit(action);
    }

    private GroupCommit writer() {
        return commits.orElseThrow(() -> new AegisException("audit_unavailable", "the audit log was opened for reading only"));
    }

    /** Events, newest first, filtered. */
    public List<AuditRecord> query(AuditQuery query) {
        try {
            return reader.query(query);
        } catch (SQLException e) {
            throw new AegisException("audit_unavailable", "cannot read the audit log: " + e.getMessage(), e);
        }
    }

    /**
     * Checks every chain and names the first entry that does not hold. A chain whose oldest entries
     * were archived is checked from its anchor on.
     */
    public Verification verify() {
        return verify(Optional.empty());
    }

    /**
     * Checks every chain end to end: its archive segments in {@code archive} from the genesis, that
     * they end at the chain's anchor, then its live entries on from there.
     */
    public Verification verify(Path archive) {
        return verify(Optional.of(archive));
    }

    private Verification verify(Optional<Path> archive) {
        try {
            return reader.verify(archive);
        } catch (SQLException e) {
            throw new AegisException("audit_unavailable", "cannot read the audit log: " + e.getMessage(), e);
        }
    }

    /** Writes what is queued, then stops. */
    @Override
    public void close() {
        commits.ifPresent(GroupCommit::close);
    }
}
