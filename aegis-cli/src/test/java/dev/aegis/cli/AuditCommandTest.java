package dev.aegis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aegis.api.auth.Principal;
import dev.aegis.api.state.Event;
import dev.aegis.api.state.Message;
import dev.aegis.api.state.RunState;
import dev.aegis.api.state.StateDelta;
import dev.aegis.runtime.audit.AuditLog;
import dev.aegis.runtime.store.Database;
import dev.aegis.runtime.store.StoreConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditCommandTest {

    @TempDir
    Path dir;

    Path config;

    @BeforeEach
    void writeALog() throws Exception {
        config = dir.resolve("aegis.yaml");
        Files.writeString(config, "data-dir: \"" + dir.resolve("data") + "\"\nproviders: {local: {type: mock}}\nroutes: {r: {execute: {providers: [local]}}}\n");
        try (Database database = Database.open(StoreConfig.DEFAULTS, dir.resolve("data")); AuditLog log = AuditLog.open(database, "gw-a")) {
            for (int run = 1; run <= 3; run++) {
                RunState state = RunState.start("run-" + run, "r", Principal.of("alice", "payments"), List.of(Message.user("hi")))
                        .apply(StateDelta.empty().event(Event.of("ingress.1.guard", "verdict", "allow", Map.of("decision", "allow"))));
                log.record(state);
            }
        }
    }

    @Test
    void anIntactLogVerifies() {
        CommandLineRun run = CommandLineRun.of("audit", "verify", "--config", config.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("audit log intact: 3 entries (3 events) in 1 chains");
    }

    @Test
    void verifyNamesTheEntryThatWasEdited() throws Exception {
        sql("UPDATE aegis_audit_entries SET events = REPLACE(events, 'allow', 'block') WHERE id = 2");

        CommandLineRun run = CommandLineRun.of("audit", "verify", "--config", config.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("BROKEN at entry 2", "entry 2 of chain 'gw-a' was edited");
    }

    @Test
    void verifyNoticesADeletedEntry() throws Exception {
        sql("DELETE FROM aegis_audit_entries WHERE id = 2");

        CommandLineRun run = CommandLineRun.of("audit", "verify", "--config", config.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("BROKEN at entry 3", "deleted");
    }

    @Test
    void tailPrintsTheNewestEventsOldestFirst() {
        CommandLineRun run = CommandLineRun.of("audit", "tail", "-n", "2", "--config", config.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().lines()).hasSize(2);
        assertThat(run.out().lines().toList().getLast()).contains("run-3", "verdict");
    }

    private void sql(String statement) throws Exception {
        try (Database database = Database.open(StoreConfig.DEFAULTS, dir.resolve("data"));
                Connection connection = database.dataSource().getConnection(); Statement sql = connection.createStatement()) {
            sql.execute(statement);
        }
    }
}
