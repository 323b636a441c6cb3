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
import java.sql.ResultSet;
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
    void eachRunIsOneEntryOfAnIntactChain(String kind) throws Exception {
        try (Database database = TestDatabases.open(kind, directory); AuditLog log = AuditLog.open(database, "gw-a")) {
            log.record(run("run-1", 3));
            log.record(run("run-2", 2));

            Verification verification = log.verify();
            assertThat(verification.intact()).isTrue();
            assertThat(verification.entries()).isEqualTo(2);
            assertThat(verification.events()).isEqualTo(5);
            assertThat(count(database, "SELECT COUNT(*) FROM aegis_audit_entries")).isEqualTo(2);
            assertThat(log.query(AuditQuery.LATEST)).extracting(AuditRecord::runId).containsExactly("run-2", "run-2", "run-1", "run-1", "run-1");
            assertThat(log.query(AuditQuery.LATEST)).extracting(AuditRecord::seq).containsExactly(1, 0, 2, 1, 0);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres"})
    void anEditedEntryIsNamed(String kind) throws Exception {
        try (Database database = TestDatabases.open(kind, directory); AuditLog log = AuditLog.open(database, "gw-a")) {
            log.record(run("run-1", 2));
            log.record(run("run-2", 2));
            long target = idOf(log, "run-1");

            execute(database, "UPDATE aegis_audit_entries SET events = REPLACE(events, 'allow', 'block') WHERE id = " + target);

            Verification verification = log.verify();
            assertThat(verification.intact()).isFalse();
            assertThat(verification.brokenAt()).contains(target);
            assertThat(verification.problem()).get().asString().contains("entry " + target + " of chain 'gw-a' was edited");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres"})
    void aDeletedEntryIsNoticedWhereTheChainBreaks(String kind) throws Exception {
        try (Database database = TestDatabases.open(kind, directory); AuditLog log = AuditLog.open(database, "gw-a")) {
            log.record(run("run-1", 1));
            log.record(run("run-2", 1));
            log.record(run("run-3", 1));

            execute(database, "DELETE FROM aegis_audit_entries WHERE id = " + idOf(log, "run-2"));

            assertThat(log.verify().brokenAt()).contains(idOf(log, "run-3"));
            assertThat(log.verify().problem()).get().asString().contains("deleted");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres"})
    void deletingTheNewestEntryIsNoticedThroughTheHead(String kind) throws Exception {
        try (Database database = TestDatabases.open(kind, directory); AuditLog log = AuditLog.open(database, "gw-a")) {
            log.record(run("run-1", 1));
            log.record(run("run-2", 1));

            execute(database, "DELETE FROM aegis_audit_entries WHERE id = " + idOf(log, "run-2"));

            assertThat(log.verify().intact()).isFalse();
            assertThat(log.verify().problem()).get().asString().contains("newest entries were deleted");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres"})
    void entriesOfAChainWhoseHeadWasDeletedAreNamed(String kind) throws Exception {
        try (Database database = TestDatabases.open(kind, directory); AuditLog log = AuditLog.open(database, "gw-a")) {
            log.record(run("run-1", 1));

            execute(database, "DELETE FROM aegis_audit_chains WHERE chain = 'gw-a'");

            assertThat(log.verify().problem()).get().asString().contains("whose head is missing");
            assertThatThrownBy(() -> log.record(run("run-2", 1))).hasMessageContaining("could not be written");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres"})
    void concurrentRunsAreWrittenInBatchesThatChainInOneOrder(String kind) throws Exception {
        try (Database database = TestDatabases.open(kind, directory); AuditLog log = AuditLog.open(database, "gw-a")) {
            recordConcurrently(List.of(log), 100);

            Verification verification = log.verify();
            assertThat(verification.intact()).isTrue();
            assertThat(verification.entries()).isEqualTo(100);
            assertThat(verification.events()).isEqualTo(300);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres"})
    void gatewaysOnChainsOfTheirOwnShareOneLogThatVerifies(String kind) throws Exception {
        try (Database database = TestDatabases.open(kind, directory); AuditLog a = AuditLog.open(database, "gw-a");
                AuditLog b = AuditLog.open(database, "gw-b")) {
            recordConcurrently(List.of(a, b), 60);

            Verification verification = a.verify();
            assertThat(verification.intact()).isTrue();
            assertThat(verification.chains()).isEqualTo(2);
            assertThat(verification.entries()).isEqualTo(60);
            assertThat(a.query(AuditQuery.LATEST)).extracting(AuditRecord::chain).contains("gw-a", "gw-b");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres"})
    void verifyingWhileGatewaysWriteNeverCriesTampering(String kind) throws Exception {
        try (Database database = TestDatabases.open(kind, directory); AuditLog a = AuditLog.open(database, "gw-a");
                AuditLog b = AuditLog.open(database, "gw-b"); ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<?> writing = threads.submit(() -> {
                recordConcurrently(List.of(a, b), 200);
                return null;
            });
            List<Verification> seen = new ArrayList<>();
            while (!writing.isDone()) {
                seen.add(a.verify());
            }
            writing.get();
            seen.add(a.verify());

            assertThat(seen).allSatisfy(verification -> assertThat(verification.problem()).isEmpty());
            assertThat(seen.getLast().entries()).isEqualTo(200);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres"})
    void twoWritersMisconfiguredOntoOneChainStillChainInOneOrder(String kind) throws Exception {
        try (Database database = TestDatabases.open(kind, directory); AuditLog a = AuditLog.open(database, "shared");
                AuditLog b = AuditLog.open(database, "shared")) {
            recordConcurrently(List.of(a, b), 60);

            assertThat(a.verify().intact()).isTrue();
            assertThat(a.verify().chains()).isEqualTo(1);
            assertThat(a.verify().entries()).isEqualTo(60);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres"})
    void aRunRecordedAgainAddsOnlyItsNewEvents(String kind) throws Exception {
        try (Database database = TestDatabases.open(kind, directory); AuditLog a = AuditLog.open(database, "gw-a");
                AuditLog b = AuditLog.open(database, "gw-b")) {
            RunState paused = run("run-1", 1).apply(StateDelta.empty().event(Event.of("ingress.2.guard", Event.PAUSED, "needs approval")));
            a.record(paused);
            RunState decided = paused.apply(StateDelta.empty().event(Event.of("approvals", "approval", "approved")));
            b.record(decided);
            b.record(decided);

            assertThat(a.query(AuditQuery.LATEST)).extracting(AuditRecord::seq).containsExactly(2, 1, 0);
            assertThat(a.query(AuditQuery.LATEST)).extracting(AuditRecord::chain).containsExactly("gw-b", "gw-a", "gw-a");
            assertThat(a.verify().intact()).isTrue();
            assertThat(a.verify().entries()).isEqualTo(2);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres"})
    void maskedValuesThatSlippedIntoAnEventAreWrittenAsTheirPlaceholders(String kind) throws Exception {
        try (Database database = TestDatabases.open(kind, directory); AuditLog log = AuditLog.open(database, "gw-a")) {
            RunState run = run("run-1", 0).apply(StateDelta.empty()
                    .with(RunState.MASK_MAP, MaskMap.of(Map.of("<EMAIL_1>", "alice@example.com")))
                    .event(Event.of("egress.1.leaky", "verdict", "saw alice@example.com", Map.of("excerpt", "to alice@example.com"))));

            log.record(run);

            AuditRecord record = log.query(AuditQuery.LATEST).getFirst();
            assertThat(record.detail()).isEqualTo("saw <EMAIL_1>");
            assertThat(record.attributes()).containsEntry("excerpt", "to <EMAIL_1>");
            assertThat(count(database, "SELECT COUNT(*) FROM aegis_audit_entries WHERE events LIKE '%alice@example.com%'")).isZero();
            assertThat(log.verify().intact()).isTrue();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres"})
    void anAdministrativeActionIsAnEntryOfItsOwnKind(String kind) throws Exception {
        try (Database database = TestDatabases.open(kind, directory); AuditLog log = AuditLog.open(database, "gw-a")) {
            AdminAction action = AdminAction.now(Principal.of("carol", "security"), "support", "mcp-tools", "tool.approved",
                    "approved a changed tool definition", Map.of("tool", "search", "hash", "abc"));

            log.record(action);

            AuditRecord record = log.query(AuditQuery.LATEST).getFirst();
            assertThat(record.kind()).isEqualTo("admin");
            assertThat(record.runId()).isEqualTo(action.id());
            assertThat(record.principal()).isEqualTo("carol");
            assertThat(record.type()).isEqualTo("tool.approved");
            assertThat(record.attributes()).containsEntry("tool", "search");
            assertThat(log.verify().intact()).isTrue();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite"})
    void aLogThatCannotWriteRefusesToAcknowledge(String kind) throws Exception {
        try (Database database = TestDatabases.open(kind, directory); AuditLog log = AuditLog.open(database, "gw-a")) {
            execute(database, "DROP TABLE aegis_audit_chains");

            assertThatThrownBy(() -> log.record(run("run-1", 1))).hasMessageContaining("could not be written");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite"})
    void aLogOpenedForReadingRefusesToWrite(String kind) throws Exception {
        try (Database database = TestDatabases.open(kind, directory); AuditLog log = AuditLog.openForReading(database)) {
            assertThatThrownBy(() -> log.record(run("run-1", 1))).hasMessageContaining("reading only");
            assertThat(log.verify().intact()).isTrue();
            assertThat(log.verify().chains()).isZero();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres"})
    void queriesFilterByRunRouteTypeAndTime(String kind) throws Exception {
        try (Database database = TestDatabases.open(kind, directory); AuditLog log = AuditLog.open(database, "gw-a")) {
            log.record(run("run-1", 3));
            log.record(run("run-2", 1));

            AuditQuery verdictsOfRunOne = new AuditQuery(Optional.of("run-1"), Optional.empty(), Optional.empty(), Optional.of("verdict"),
                    Optional.empty(), Optional.empty(), 10);
            assertThat(log.query(verdictsOfRunOne)).hasSize(3).allSatisfy(record -> assertThat(record.principal()).isEqualTo("alice"));
            AuditQuery verdictsOnTheRoute = new AuditQuery(Optional.empty(), Optional.of("support"), Optional.empty(), Optional.of("verdict"),
                    Optional.empty(), Optional.empty(), 3);
            assertThat(log.query(verdictsOnTheRoute)).extracting(AuditRecord::runId).containsExactly("run-2", "run-1", "run-1");
            AuditQuery likeWildcard = new AuditQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of("verdic_"),
                    Optional.empty(), Optional.empty(), 10);
            assertThat(log.query(likeWildcard)).isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres"})
    void pagingAfterAnEntryNeverSplitsOne(String kind) throws Exception {
        try (Database database = TestDatabases.open(kind, directory); AuditLog log = AuditLog.open(database, "gw-a")) {
            log.record(run("run-1", 3));
            log.record(run("run-2", 3));

            List<AuditRecord> first = log.query(new AuditQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.of(0L), 2));
            assertThat(first).extracting(AuditRecord::runId).containsOnly("run-1").hasSize(3);
            List<AuditRecord> next = log.query(new AuditQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.of(first.getLast().id()), 2));
            assertThat(next).extracting(AuditRecord::runId).containsOnly("run-2").hasSize(3);
        }
    }

    private static void recordConcurrently(List<AuditLog> logs, int runs) throws Exception {
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                String id = "run-" + i;
                AuditLog log = logs.get(i % logs.size());
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
        }
    }

    private static long idOf(AuditLog log, String runId) {
        return log.query(new AuditQuery(Optional.of(runId), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), 1)).getFirst().id();
    }

    private static RunState run(String id, int verdicts) {
        RunState state = RunState.start(id, "support", Principal.of("alice", "payments"), List.of(Message.user("hi")));
        for (int i = 0; i < verdicts; i++) {
            state = state.apply(StateDelta.empty().event(Event.of("ingress." + (i + 1) + ".guard", "verdict", "allow",
                    Map.of("decision", "allow", "rules", "r" + i))));
        }
        return state;
    }

    private static long count(Database database, String sql) throws Exception {
        try (Connection connection = database.dataSource().getConnection(); Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }

    private static void execute(Database database, String sql) throws Exception {
        try (Connection connection = database.dataSource().getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
