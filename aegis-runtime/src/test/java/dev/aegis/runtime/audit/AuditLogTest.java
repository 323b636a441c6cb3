package dev.aegis.runtime.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aegis.api.auth.Principal;
import dev.aegis.api.state.Event;
import dev.aegis.api.state.MaskMap;
import dev.aegis.api.state.Message;
import dev.aegis.api.state.RunState;
import dev.aegis.api.state.StateDelta;
import dev.aegis.runtime.store.Database;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AuditLogTest {

    @TempDir
    Path directory;

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres"})
    void recordedRunsFormAnIntactChain(String kind) throws Exception {
        try (Database database = TestDatabases.open(kind, directory); AuditLog log = AuditLog.open(database)) {
            log.record(run("run-1", 3));
            log.record(run("run-2", 2));

            assertThat(log.verify().intact()).isTrue();
            assertThat(log.verify().rows()).isEqualTo(5);
            assertThat(log.query(AuditQuery.LATEST)).extracting(AuditRecord::runId).containsExactly("run-2", "run-2", "run-1", "run-1", "run-1");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres"})
    void anEditedRowIsNamed(String kind) throws Exception {
        try (Database database = TestDatabases.open(kind, directory); AuditLog log = AuditLog.open(database)) {
            log.record(run("run-1", 4));
            long target = log.query(AuditQuery.LATEST).get(2).id();

            execute(database, "UPDATE aegis_audit SET detail = 'allowed' WHERE id = " + target);

            Verification verification = log.verify();
            assertThat(verification.intact()).isFalse();
            assertThat(verification.brokenAt()).contains(target);
            assertThat(verification.problem()).get().asString().contains("row " + target + " was edited");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres"})
    void aDeletedRowIsNoticedWhereTheChainBreaks(String kind) throws Exception {
        try (Database database = TestDatabases.open(kind, directory); AuditLog log = AuditLog.open(database)) {
            log.record(run("run-1", 4));
            List<AuditRecord> rows = log.query(AuditQuery.LATEST);
            long middle = rows.get(2).id();

            execute(database, "DELETE FROM aegis_audit WHERE id = " + middle);

            assertThat(log.verify().brokenAt()).contains(rows.get(1).id());
            assertThat(log.verify().problem()).get().asString().contains("deleted");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres"})
    void deletingTheNewestRowsIsNoticedThroughTheHead(String kind) throws Exception {
        try (Database database = TestDatabases.open(kind, directory); AuditLog log = AuditLog.open(database)) {
            log.record(run("run-1", 3));
            long newest = log.query(AuditQuery.LATEST).getFirst().id();

            execute(database, "DELETE FROM aegis_audit WHERE id = " + newest);

            assertThat(log.verify().intact()).isFalse();
            assertThat(log.verify().problem()).get().asString().contains("newest rows were deleted");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres"})
    void concurrentRunsChainInOneOrder(String kind) throws Exception {
        try (Database database = TestDatabases.open(kind, directory); AuditLog log = AuditLog.open(database);
                ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                String id = "run-" + i;
                done.add(threads.submit(() -> {
                    start.await();
                    log.record(run(id, 3));
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> future : done) {
                future.get();
            }

            assertThat(log.verify()).satisfies(verification -> {
                assertThat(verification.intact()).isTrue();
                assertThat(verification.rows()).isEqualTo(300);
            });
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres"})
    void aRunRecordedAgainAddsOnlyItsNewEvents(String kind) throws Exception {
        try (Database database = TestDatabases.open(kind, directory); AuditLog log = AuditLog.open(database)) {
            RunState paused = run("run-1", 2);
            log.record(paused);
            log.record(paused.apply(StateDelta.empty().event(Event.of("approvals", "approval", "approved"))));

            assertThat(log.query(AuditQuery.LATEST)).extracting(AuditRecord::seq).containsExactly(2, 1, 0);
            assertThat(log.verify().intact()).isTrue();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres"})
    void maskedValuesThatSlippedIntoAnEventAreWrittenAsTheirPlaceholders(String kind) throws Exception {
        try (Database database = TestDatabases.open(kind, directory); AuditLog log = AuditLog.open(database)) {
            RunState run = run("run-1", 0).apply(StateDelta.empty()
                    .with(RunState.MASK_MAP, MaskMap.of(Map.of("<EMAIL_1>", "alice@example.com")))
                    .event(Event.of("egress.1.leaky", "verdict", "saw alice@example.com", Map.of("excerpt", "to alice@example.com"))));

            log.record(run);

            AuditRecord record = log.query(AuditQuery.LATEST).getFirst();
            assertThat(record.detail()).isEqualTo("saw <EMAIL_1>");
            assertThat(record.attributes()).containsEntry("excerpt", "to <EMAIL_1>");
            assertThat(log.verify().intact()).isTrue();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite"})
    void aLogThatCannotWriteRefusesToAcknowledge(String kind) throws Exception {
        try (Database database = TestDatabases.open(kind, directory); AuditLog log = AuditLog.open(database)) {
            execute(database, "DROP TABLE aegis_audit_head");

            assertThatThrownBy(() -> log.record(run("run-1", 1))).hasMessageContaining("could not be written");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres"})
    void queriesFilterByRunRouteAndType(String kind) throws Exception {
        try (Database database = TestDatabases.open(kind, directory); AuditLog log = AuditLog.open(database)) {
            log.record(run("run-1", 3));
            log.record(run("run-2", 1));

            AuditQuery onlyRunOne = new AuditQuery(Optional.of("run-1"), Optional.empty(), Optional.empty(), Optional.of("verdict"),
                    Optional.empty(), Optional.empty(), 10);
            assertThat(log.query(onlyRunOne)).hasSize(3).allSatisfy(record -> assertThat(record.principal()).isEqualTo("alice"));
        }
    }

    private static RunState run(String id, int verdicts) {
        RunState state = RunState.start(id, "support", Principal.of("alice", "payments"), List.of(Message.user("hi")));
        for (int i = 0; i < verdicts; i++) {
            state = state.apply(StateDelta.empty().event(Event.of("ingress." + (i + 1) + ".guard", "verdict", "allow",
                    Map.of("decision", "allow", "rules", "r" + i))));
        }
        return state;
    }

    private static void execute(Database database, String sql) throws Exception {
        try (Connection connection = database.dataSource().getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
