package dev.aegis.runtime.audit;

import java.sql.ResultSet;
import java.sql.SQLException;

/** An entry with its place in its chain: as a row of the live table holds it, and as an archive segment does. */
record ChainedEntry(long id, String chain, long position, String previousHash, String hash, AuditEntry entry) {

    static final String COLUMNS = "id, chain, position, kind, run_id, first_seq, event_count, time_ms, route, principal, team, types, "
            + "events, prev_hash, hash";

    static ChainedEntry read(ResultSet row) throws SQLException {
        return new ChainedEntry(row.getLong("id"), row.getString("chain"), row.getLong("position"), row.getString("prev_hash").trim(),
                row.getString("hash").trim(), new AuditEntry(row.getString("kind"), row.getString("run_id"), row.getInt("first_seq"),
                        row.getInt("event_count"), row.getLong("time_ms"), row.getString("route"), row.getString("principal"),
                        row.getString("team"), row.getString("types"), row.getString("events")));
    }

    /** @return the verdict when this entry breaks its chain, else null */
    Verification walk(ChainWalk walk) {
        return walk.next(chain, id, position, previousHash, hash, entry);
    }
}
