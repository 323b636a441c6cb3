package dev.aegis.server.internal;

import dev.aegis.kernel.Assembly;
import dev.aegis.kernel.config.ConfigException;
import dev.aegis.runtime.audit.AuditArchiver;
import dev.aegis.runtime.durable.DurableStore;
import dev.aegis.runtime.retention.RetentionSweeper;
import dev.aegis.runtime.retention.RetentionTask;
import dev.aegis.runtime.retention.SweepReport;
import dev.aegis.runtime.tools.ToolPinRetention;
import dev.aegis.server.AegisServer;
import dev.aegis.server.ApprovalsConfig;
import dev.aegis.server.AuditConfig;
import dev.aegis.server.RetentionConfig;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/** The retention section made into a sweeper over the state store, and the server's periodic sweep. */
public final class RetentionSweeps {

    private static final Logger LOG = Logger.getLogger(RetentionSweeps.class.getName());
    /** Batches of one task per sweep; what is left goes at the next sweep. */
    private static final int MAX_BATCHES = 1000;

    private RetentionSweeps() {}

    /** The sweeper the assembly's {@code retention} section asks for, on its state store. */
    public static RetentionSweeper sweeper(Assembly assembly, DurableStore store) {
        return sweeper(assembly.sectionOr(RetentionConfig.SECTION, RetentionConfig.class, RetentionConfig.DEFAULTS),
                assembly.sectionOr(AegisServer.APPROVALS, ApprovalsConfig.class, ApprovalsConfig.DEFAULTS), store, assembly.dataDirectory(),
                assembly.sectionOr(AegisServer.AUDIT, AuditConfig.class, AuditConfig.DEFAULTS).chain());
    }

    /**
     * @param holder who sweeps, for the lease: unique among the gateways sharing the store
     * @throws ConfigException when the audit log would be archived before paused runs are decided:
     *     a run resumed after its entry was archived would be recorded again from its start
     */
    public static RetentionSweeper sweeper(RetentionConfig config, ApprovalsConfig approvals, DurableStore store, Path dataDirectory,
            String holder) {
        config.audit().archiveAfter().filter(kept -> kept.compareTo(approvals.expireAfter()) <= 0).ifPresent(kept -> {
            throw ConfigException.of(RetentionConfig.SECTION + ".audit.archive-after", "must be longer than approvals.expire-after ("
                    + approvals.expireAfter() + "), so no paused run's entry is archived before the run is decided");
        });
        int batch = config.batchSize();
        List<RetentionTask> tasks = new ArrayList<>();
        config.approvals().ifPresent(kept -> tasks.add(RetentionTask.olderThan("approvals", kept, batch,
                (cutoff, now, max) -> store.approvals().deleteDecided(cutoff, max))));
        config.toolPins().ifPresent(kept -> {
            ToolPinRetention pins = new ToolPinRetention(store.database());
            tasks.add(RetentionTask.olderThan("tool-pins", kept, batch, pins::dropStale));
        });
        config.runDocuments().ifPresent(kept -> {
            RunDocumentRetention documents = new RunDocumentRetention(store.database());
            tasks.add(RetentionTask.olderThan("run-documents", kept, batch, (cutoff, now, max) -> documents.deleteBefore(cutoff, max)));
        });
        config.audit().archiveAfter().ifPresent(kept -> {
            AuditArchiver archiver = new AuditArchiver(store.database(), archiveDirectory(config, dataDirectory), config.audit().segmentSize());
            tasks.add(RetentionTask.olderThan("audit-archived", kept, 1, (cutoff, now, max) -> archiver.archiveNext(cutoff)));
        });
        return new RetentionSweeper(store.database(), tasks, holder + "/" + UUID.randomUUID(), Clock.systemUTC(), MAX_BATCHES);
    }

    public static Path archiveDirectory(RetentionConfig config, Path dataDirectory) {
        return config.audit().archiveDir().map(dataDirectory::resolve).orElse(dataDirectory.resolve("audit-archive"));
    }

    /** Sweeps every {@code interval} on a virtual thread, when anything is to be swept; interrupt it to stop. */
    public static Optional<Thread> start(RetentionSweeper sweeper, Duration interval) {
        if (!sweeper.active()) {
            return Optional.empty();
        }
        return Optional.of(Thread.ofVirtual().name("aegis-retention").start(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                try {
                    Thread.sleep(interval);
                    sweeper.sweep().filter(report -> report.total() > 0 || !report.failures().isEmpty())
                            .ifPresent(report -> LOG.info(() -> "retention: " + describe(report)));
                } catch (InterruptedException e) {
                    return;
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "the retention sweep failed", e);
                }
            }
        }));
    }

    /** One line: what each task removed, and why any stopped early. */
    public static String describe(SweepReport report) {
        List<String> parts = new ArrayList<>();
        report.removed().forEach((task, count) -> parts.add(task + " " + count));
        report.failures().forEach((task, why) -> parts.add(task + " FAILED: " + why));
        return String.join(", ", parts);
    }
}
