package dev.aegis.runtime.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aegis.api.auth.Principal;
import dev.aegis.api.state.Event;
import dev.aegis.api.state.Message;
import dev.aegis.api.state.RunState;
import dev.aegis.api.state.StateDelta;
import dev.aegis.runtime.store.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Archiving a chain's oldest entries into segments, on SQLite and PostgreSQL: verify holds, tampering shows. */
class AuditArchiveTest {

    private static final Instant NOW = Instant.parse("2027-03-01T00:00:00Z");
    private static final Instant CUTOFF = NOW.minus(Duration.ofDays(365));

    @TempDir
    Path directory;

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres"})
    void onlyTheOldEntriesAreArchivedAndTheLogStillVerifiesLiveAndEndToEnd(String kind) throws Exception {
        Path archive = directory.resolve("archive");
        try (Database database = TestDatabases.open(kind, directory); AuditLog log = AuditLog.open(database, "gw-a")) {
            recordRuns(log, 5, CUTOFF.minus(Duration.ofDays(10)));
            recordRuns(log, 2, CUTOFF.plus(Duration.ofDays(1)));
            AuditArchiver archiver = new AuditArchiver(database, archive, 2);

            assertThat(archiveAll(archiver)).containsExactly(2, 2, 1);

            assertThat(count(database, "SELECT COUNT(*) FROM aegis_audit_entries")).isEqualTo(2);
            assertThat(count(database, "SELECT MIN(position) FROM aegis_audit_entries")).isEqualTo(6);
            assertThat(AuditSegment.list(archive, "gw-a")).extracting(file -> file.getFileName().toString())
                    .containsExactly("0000000000000001-0000000000000002.jsonl", "0000000000000003-0000000000000004.jsonl",
                            "0000000000000005-0000000000000005.jsonl");
            Verification live = log.verify();
            assertThat(live.intact()).as(live.problem().orElse("")).isTrue();
            assertThat(live.entries()).isEqualTo(2);
            assertThat(live.archived()).isEqualTo(5);
            Verification whole = log.verify(archive);
            assertThat(whole.intact()).as(whole.problem().orElse("")).isTrue();
            assertThat(whole.entries()).isEqualTo(7);
            assertThat(whole.archived()).isEqualTo(5);

            recordRuns(log, 1, NOW);
            assertThat(log.verify(archive).intact()).as("the live chain grows on from the archive").isTrue();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres"})
    void aWholeIdleChainCanBeArchivedAndItsHeadStillMatches(String kind) throws Exception {
        Path archive = directory.resolve("archive");
        try (Database database = TestDatabases.open(kind, directory); AuditLog log = AuditLog.open(database, "gw-a")) {
            recordRuns(log, 3, CUTOFF.minus(Duration.ofDays(1)));

            assertThat(archiveAll(new AuditArchiver(database, archive, 100))).containsExactly(3);

            assertThat(count(database, "SELECT COUNT(*) FROM aegis_audit_entries")).isZero();
            assertThat(log.verify().intact()).isTrue();
            assertThat(log.verify(archive).intact()).isTrue();
            execute(database, "UPDATE aegis_audit_anchors SET position = 2");
            assertThat(log.verify().problem()).get().asString().contains("ends at position 2 but its head records position 3");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres"})
    void anEditedSegmentIsCaught(String kind) throws Exception {
        Path archive = directory.resolve("archive");
        try (Database database = TestDatabases.open(kind, directory); AuditLog log = AuditLog.open(database, "gw-a")) {
            recordRuns(log, 4, CUTOFF.minus(Duration.ofDays(1)));
            recordRuns(log, 1, NOW);
            archiveAll(new AuditArchiver(database, archive, 2));
            Path first = AuditSegment.list(archive, "gw-a").getFirst();

            Files.writeString(first, Files.readString(first).replace("allow", "block"));

            Verification verification = log.verify(archive);
            assertThat(verification.intact()).isFalse();
            assertThat(verification.problem()).get().asString()
                    .contains("archive segment " + first.getFileName(), "was edited");
            assertThat(log.verify().intact()).as("the live chain alone does not read the archive").isTrue();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres"})
    void aMissingSegmentIsCaught(String kind) throws Exception {
        Path archive = directory.resolve("archive");
        try (Database database = TestDatabases.open(kind, directory); AuditLog log = AuditLog.open(database, "gw-a")) {
            recordRuns(log, 6, CUTOFF.minus(Duration.ofDays(1)));
            archiveAll(new AuditArchiver(database, archive, 2));

            Files.delete(AuditSegment.list(archive, "gw-a").get(1));

            assertThat(log.verify(archive).problem()).get().asString().contains("starts at position 5", "missing");
            Files.delete(AuditSegment.list(archive, "gw-a").getLast());
            assertThat(log.verify(archive).problem()).get().asString().contains("ends at position 2", "anchor is at position 6");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres"})
    void anEditedAnchorIsCaught(String kind) throws Exception {
        Path archive = directory.resolve("archive");
        try (Database database = TestDatabases.open(kind, directory); AuditLog log = AuditLog.open(database, "gw-a")) {
            recordRuns(log, 3, CUTOFF.minus(Duration.ofDays(1)));
            recordRuns(log, 2, NOW);
            archiveAll(new AuditArchiver(database, archive, 10));

            execute(database, "UPDATE aegis_audit_anchors SET hash = '" + "1".repeat(64) + "'");

            assertThat(log.verify().problem()).get().asString().contains("does not continue from its archive anchor");
            assertThat(log.verify(archive).problem()).get().asString().contains("anchor or the last segment was edited");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres"})
    void hidingEntriesBehindAMovedAnchorShowsAgainstTheArchive(String kind) throws Exception {
        Path archive = directory.resolve("archive");
        try (Database database = TestDatabases.open(kind, directory); AuditLog log = AuditLog.open(database, "gw-a")) {
            recordRuns(log, 2, CUTOFF.minus(Duration.ofDays(1)));
            recordRuns(log, 3, NOW);
            archiveAll(new AuditArchiver(database, archive, 10));
            String thirdHash = string(database, "SELECT hash FROM aegis_audit_entries WHERE position = 3");

            execute(database, "DELETE FROM aegis_audit_entries WHERE position = 3");
            execute(database, "UPDATE aegis_audit_anchors SET position = 3, hash = '" + thirdHash + "'");

            assertThat(log.verify().intact()).as("the live chain alone cannot tell").isTrue();
            assertThat(log.verify(archive).problem()).get().asString().contains("ends at position 2", "anchor is at position 3");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres"})
    void aBrokenChainIsNotArchived(String kind) throws Exception {
        Path archive = directory.resolve("archive");
        try (Database database = TestDatabases.open(kind, directory); AuditLog log = AuditLog.open(database, "gw-a")) {
            recordRuns(log, 3, CUTOFF.minus(Duration.ofDays(1)));
            execute(database, "UPDATE aegis_audit_entries SET events = REPLACE(events, 'allow', 'block') WHERE position = 2");

            assertThatThrownBy(() -> new AuditArchiver(database, archive, 10).archiveNext(CUTOFF))
                    .hasMessageContaining("not archived, as it does not verify");
            assertThat(count(database, "SELECT COUNT(*) FROM aegis_audit_entries")).isEqualTo(3);
            assertThat(AuditSegment.list(archive, "gw-a")).isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres"})
    void twoGatewaysArchivingAtOnceNeverArchiveAnEntryTwice(String kind) throws Exception {
        Path archive = directory.resolve("archive");
        try (Database database = TestDatabases.open(kind, directory); Database other = TestDatabases.openAgain(database, directory);
                AuditLog log = AuditLog.open(database, "gw-a"); AuditLog second = AuditLog.open(other, "gw-b")) {
            recordRuns(log, 40, CUTOFF.minus(Duration.ofDays(1)));
            recordRuns(second, 40, CUTOFF.minus(Duration.ofDays(1)));
            List<AuditArchiver> archivers = List.of(new AuditArchiver(database, archive, 3), new AuditArchiver(other, archive, 3));
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                List<Future<Integer>> done = new ArrayList<>();
                for (AuditArchiver archiver : archivers) {
                    done.add(pool.submit(() -> {
                        start.await();
                        return archiveAll(archiver).stream().mapToInt(Integer::intValue).sum();
                    }));
                }
                start.countDown();
                int archived = 0;
                for (Future<Integer> each : done) {
                    archived += each.get();
                }
                assertThat(archived).isEqualTo(80);
            } finally {
                pool.shutdownNow();
            }
            assertThat(count(database, "SELECT COUNT(*) FROM aegis_audit_entries")).isZero();
            Verification whole = log.verify(archive);
            assertThat(whole.intact()).as(whole.problem().orElse("")).isTrue();
            assertThat(whole.entries()).isEqualTo(80);
        }
    }

    private static List<Integer> archiveAll(AuditArchiver archiver) {
        List<Integer> segments = new ArrayList<>();
        for (int archived = archiver.archiveNext(CUTOFF); archived > 0; archived = archiver.archiveNext(CUTOFF)) {
            segments.add(archived);
        }
        return segments;
    }

    private static void recordRuns(AuditLog log, int runs, Instant at) {
        for (int i = 0; i < runs; i++) {
            RunState state = RunState.start("run-" + at.toEpochMilli() + "-" + i + "-" + System.nanoTime(), "support",
                    Principal.of("alice", "payments"), List.of(Message.user("hi")));
            log.record(state.apply(StateDelta.empty().event(new Event(at, "ingress.1.guard", "verdict", "allow", Map.of("decision", "allow")))));
        }
    }

    private static long count(Database database, String sql) throws Exception {
        try (Connection connection = database.dataSource().getConnection(); Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }

    private static String string(Database database, String sql) throws Exception {
        try (Connection connection = database.dataSource().getConnection(); Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getString(1).trim();
        }
    }

    private static void execute(Database database, String sql) throws Exception {
        try (Connection connection = database.dataSource().getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
