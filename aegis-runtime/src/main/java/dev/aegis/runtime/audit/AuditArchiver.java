package dev.aegis.runtime.audit;

import dev.aegis.runtime.store.Database;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Moves the oldest entries of each chain out of the live table into archive segments
 * ({@link AuditSegment}), a whole run of a chain's oldest entries at a time, never entries from the
 * middle of a chain. A segment is written, forced to disk and read back and re-verified before its
 * entries are deleted; in the same transaction the chain's anchor moves to the segment's last
 * entry, so the live chain verifies on from there. The anchor row is locked for the whole move, so
 * two gateways archiving at once take turns and never archive an entry twice; writers of the chain
 * never wait for it on PostgreSQL (on SQLite, whose writers are serial, they wait for one segment).
 */
public final class AuditArchiver {

    private static final int STATEMENT_TIMEOUT_SECONDS = 60;

    private final Database database;
    private final Path archive;
    private final int segmentSize;

    /**
     * @param archive the directory segments go to; gateways sharing a store should share it
     * @param segmentSize the most entries one segment holds, which bounds how long a move holds its locks
     */
    public AuditArchiver(Database database, Path archive, int segmentSize) {
        if (segmentSize < 1) {
            throw new IllegalArgumentException("a segment holds at least one entry");
        }
        this.database = database;
        this.archive = archive;
        this.segmentSize = segmentSize;
        try {
            AuditSchema.create(database, Optional.empty());
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the audit log tables: " + e.getMessage(), e);
        }
    }

    /**
     * Archives one segment: the oldest entries of the first chain that has any older than
     * {@code cutoff}, at most the segment size of them.
     *
     * @return how many entries were archived; 0 when no chain has any left older than the cutoff
     * @throws IllegalStateException when the store or the archive directory fails, or a chain is
     *     broken where it would be archived (a broken chain is left for {@code audit verify} to name)
     */
    public int archiveNext(Instant cutoff) {
        try {
            for (String chain : chains()) {
                int archived = archive(chain, cutoff);
                if (archived > 0) {
                    return archived;
                }
            }
            return 0;
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("cannot archive the audit log: " + e.getMessage(), e);
        }
    }

    private List<String> chains() throws SQLException {
        List<String> chains = new ArrayList<>();
        try (Connection connection = database.dataSource().getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT chain FROM aegis_audit_chains ORDER BY chain");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                chains.add(rows.getString(1));
            }
        }
        for (String chain : chains) {
            AuditAnchors.ensure(database, chain);
        }
        return chains;
    }

    private int archive(String chain, Instant cutoff) throws SQLException, IOException {
        Connection connection = database.beginWrite();
        Path written = null;
        try {
            AuditAnchors.Anchor anchor = AuditAnchors.lock(connection, chain, !database.isSqlite());
            List<ChainedEntry> due = due(connection, chain, anchor.position(), cutoff);
            if (due.isEmpty()) {
                database.rollback(connection);
                return 0;
            }
            check(due, anchor);
            removeLeftovers(chain, anchor.position());
            written = AuditSegment.write(archive, due);
            reread(written, due, anchor);
            delete(connection, chain, anchor.position(), due);
            AuditAnchors.move(connection, chain, due.getLast().position(), due.getLast().hash());
            database.commit(connection);
            return due.size();
        } catch (SQLException | IOException | RuntimeException e) {
            database.rollback(connection);
            if (written != null) {
                Files.deleteIfExists(written);
            }
            throw e;
        } finally {
            connection.close();
        }
    }

    /** The chain's entries after the anchor, oldest first, as long as each is older than the cutoff. */
    private List<ChainedEntry> due(Connection connection, String chain, long after, Instant cutoff) throws SQLException {
        List<ChainedEntry> due = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT " + ChainedEntry.COLUMNS
                + " FROM aegis_audit_entries WHERE chain = ? AND position > ? ORDER BY position LIMIT " + segmentSize)) {
            select.setQueryTimeout(STATEMENT_TIMEOUT_SECONDS);
            select.setString(1, chain);
            select.setLong(2, after);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ChainedEntry entry = ChainedEntry.read(rows);
                    if (entry.entry().timeMillis() >= cutoff.toEpochMilli()) {
                        break;
                    }
                    due.add(entry);
                }
            }
        }
        return due;
    }

    private static void check(List<ChainedEntry> due, AuditAnchors.Anchor anchor) {
        ChainWalk walk = new ChainWalk(1);
        walk.start(anchor.chain(), anchor.position(), anchor.hash());
        for (ChainedEntry entry : due) {
            Verification broken = entry.walk(walk);
            if (broken != null) {
                throw new IllegalStateException("chain '" + anchor.chain() + "' is not archived, as it does not verify: "
                        + broken.problem().orElse(""));
            }
        }
    }

    /** A segment past the anchor was written by a move that did not commit; its entries are still live. */
    private void removeLeftovers(String chain, long anchor) throws IOException {
        for (Path file : AuditSegment.list(archive, chain)) {
            if (AuditSegment.firstPosition(file) > anchor) {
                Files.delete(file);
            }
        }
    }

    private void reread(Path file, List<ChainedEntry> due, AuditAnchors.Anchor anchor) throws IOException {
        AuditSegment segment = AuditSegment.read(file);
        ChainWalk walk = new ChainWalk(1);
        walk.start(anchor.chain(), anchor.position(), anchor.hash());
        Verification broken = segment.walk(walk);
        if (broken != null || !segment.header().lastHash().equals(due.getLast().hash())) {
            throw new IOException("archive segment " + file + " does not verify once written: "
                    + (broken == null ? "its last hash differs" : broken.problem().orElse("")));
        }
    }

    private static void delete(Connection connection, String chain, long after, List<ChainedEntry> due) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM aegis_audit_entries WHERE chain = ? AND position > ? AND position <= ?")) {
            delete.setQueryTimeout(STATEMENT_TIMEOUT_SECONDS);
            delete.setString(1, chain);
            delete.setLong(2, after);
            delete.setLong(3, due.getLast().position());
            int deleted = delete.executeUpdate();
            if (deleted != due.size()) {
                throw new SQLException("chain '" + chain + "' changed while it was archived: " + deleted + " entries matched, not " + due.size());
            }
        }
    }
}
