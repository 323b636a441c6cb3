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
import dev.aegis.server.internal.RunDocumentRetention;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RetentionCommandTest {

    @TempDir
    Path dir;

    Path config;

    @BeforeEach
    void writeAStoreWithOldAndNewRecords() throws Exception {
        config = dir.resolve("aegis.yaml");
        Files.writeString(config, "data-dir: \"" + dir.resolve("data") + "\"\nproviders: {local: {type: mock}}\nroutes: {r: {execute: {providers: [local]}}}\n"
                + "retention: {run-documents: 30d, audit: {archive-after: 2d, segment-size: 2}}\n");
        Instant old = Instant.now().minus(Duration.ofDays(40));
        try (Database database = Database.open(StoreConfig.DEFAULTS, dir.resolve("data")); AuditLog log = AuditLog.open(database, "gw-a")) {
            for (int run = 1; run <= 4; run++) {
                Instant at = run <= 3 ? old : Instant.now();
                log.record(RunState.start("run-" + run, "r", Principal.of("alice", "payments"), List.of(Message.user("hi")))
                        .apply(StateDelta.empty().event(new Event(at, "ingress.1.guard", "verdict", "allow", Map.of("decision", "allow")))));
            }
            new RunDocumentRetention(database);
            sql(database, "INSERT INTO aegis_run_documents (run_id, principal, status, document, saved_at) VALUES "
                    + "('old-done', 'alice', 'completed', '{}', " + old.toEpochMilli() + "), "
                    + "('old-paused', 'alice', 'paused', '{}', " + old.toEpochMilli() + "), "
                    + "('new-done', 'alice', 'completed', '{}', " + Instant.now().toEpochMilli() + ")");
        }
    }

    @Test
    void aSweepRemovesWhatIsPastRetentionArchivesTheOldAuditEntriesAndTheLogStillVerifies() throws Exception {
        CommandLineRun run = CommandLineRun.of("retention", "run", "--config", config.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("run-documents: 1 removed", "audit: 3 entries archived to " + dir.resolve("data").resolve("audit-archive"));
        try (Database database = Database.open(StoreConfig.DEFAULTS, dir.resolve("data"))) {
            assertThat(count(database, "SELECT COUNT(*) FROM aegis_run_documents")).isEqualTo(2);
            assertThat(count(database, "SELECT COUNT(*) FROM aegis_run_documents WHERE run_id = 'old-paused'")).isEqualTo(1);
            assertThat(count(database, "SELECT COUNT(*) FROM aegis_audit_entries")).isEqualTo(1);
        }
        CommandLineRun live = CommandLineRun.of("audit", "verify", "--config", config.toString());
        assertThat(live.exitCode()).as(live.err()).isZero();
        assertThat(live.out()).contains("1 entries", "3 older entries are archived");
        CommandLineRun whole = CommandLineRun.of("audit", "verify", "--config", config.toString(), "--archive",
                dir.resolve("data").resolve("audit-archive").toString());
        assertThat(whole.exitCode()).as(whole.err()).isZero();
        assertThat(whole.out()).contains("4 entries", "3 of the entries in archive segments");
    }

    @Test
    void verifyWithTheArchiveNamesAnEditedSegment() throws Exception {
        assertThat(CommandLineRun.of("retention", "run", "--config", config.toString()).exitCode()).isZero();
        Path segment;
        try (Stream<Path> files = Files.walk(dir.resolve("data").resolve("audit-archive"))) {
            segment = files.filter(file -> file.toString().endsWith(".jsonl")).sorted().findFirst().orElseThrow();
        }
        Files.writeString(segment, Files.readString(segment).replace("allow", "block"));

        CommandLineRun run = CommandLineRun.of("audit", "verify", "--config", config.toString(), "--archive",
                dir.resolve("data").resolve("audit-archive").toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("BROKEN", "archive segment " + segment.getFileName(), "was edited");
    }

    @Test
    void aSecondSweepFindsNothingLeft() {
        assertThat(CommandLineRun.of("retention", "run", "--config", config.toString()).exitCode()).isZero();

        CommandLineRun again = CommandLineRun.of("retention", "run", "--config", config.toString());

        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.out()).contains("run-documents: 0 removed", "audit: 0 entries archived");
    }

    private static long count(Database database, String query) throws Exception {
        try (Connection connection = database.dataSource().getConnection(); Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(query)) {
            row.next();
            return row.getLong(1);
        }
    }

    private static void sql(Database database, String statement) throws Exception {
        try (Connection connection = database.dataSource().getConnection(); Statement run = connection.createStatement()) {
            run.execute(statement);
        }
    }
}
