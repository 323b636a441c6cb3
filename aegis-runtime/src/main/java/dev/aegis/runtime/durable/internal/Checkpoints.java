package dev.aegis.runtime.durable.internal;

import dev.aegis.api.state.RunState;
import dev.aegis.runtime.store.Database;
import dev.aegis.runtime.store.Transactions;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** A run's checkpoint rows and their payloads, one statement per call. */
final class Checkpoints {

    private final Database database;
    private final RunStateCodec codec;
    private final Clock clock;

    Checkpoints(Database database, RunStateCodec codec, Clock clock) {
        this.database = database;
        this.codec = codec;
        this.clock = clock;
    }

    byte[] encode(RunState state) {
        return codec.encode(state);
    }

    RunState decode(CheckpointTable.Row row, String runId) {
        return codec.decode(row.payload(), runId);
    }

    void store(String runId, CheckpointTable.Row row) {
        Transactions.write(database, "write a checkpoint", connection -> {
            CheckpointTable.insert(connection, runId, row, clock.millis());
            return null;
        });
    }

    Optional<CheckpointTable.Row> latest(String runId) {
        return Transactions.read(database, "read a checkpoint", connection -> CheckpointTable.latest(connection, runId));
    }

    Optional<CheckpointTable.Row> byId(String runId, String checkpointId) {
        return Transactions.read(database, "read a checkpoint", connection -> CheckpointTable.byId(connection, runId, checkpointId));
    }

    List<CheckpointTable.Row> all(String runId) {
        return Transactions.read(database, "read checkpoints", connection -> CheckpointTable.all(connection, runId));
    }

    void deleteAll(String runId) {
        Transactions.write(database, "delete checkpoints", connection -> CheckpointTable.deleteRun(connection, runId));
    }
}
