package dev.aegis.server;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Positive;
import java.time.Duration;
import java.util.Optional;

/**
 * The {@code retention} section of {@code aegis.yaml}: how long the state store keeps what it no
 * longer needs. Every kind is kept for ever unless given a duration here; nothing current is ever
 * removed (a pending approval, a paused run's document, the tool definition a route trusts).
 *
 * @param runDocuments stored run documents ({@code GET /v1/runs/{id}}) last written longer ago than this
 *     are deleted; a paused run's document never is
 * @param approvals decided approval requests (approved, rejected, expired) decided longer ago than this are
 *     deleted with the approvals given to them; a pending request never is
 * @param toolPins a changed tool definition quarantined longer than this without anyone approving it is
 *     dropped; the definition the route trusts stays, and a server still offering the changed one has it
 *     quarantined again
 * @param audit the audit log: its oldest entries are archived, never deleted out of a chain
 * @param sweepInterval how often a gateway sweeps (one gateway of those sharing a store at a time); 1h
 * @param batchSize how many records one transaction removes, which bounds how long it holds locks; 500
 */
public record RetentionConfig(Optional<Duration> runDocuments, Optional<Duration> approvals, Optional<Duration> toolPins,
        @Valid AuditArchive audit, Duration sweepInterval, @Positive Integer batchSize) {

    public static final String SECTION = "retention";
    public static final RetentionConfig DEFAULTS = new RetentionConfig(null, null, null, null, null, null);

    public RetentionConfig {
        runDocuments = positive("run-documents", runDocuments);
        approvals = positive("approvals", approvals);
        toolPins = positive("tool-pins", toolPins);
        audit = audit == null ? AuditArchive.DEFAULTS : audit;
        sweepInterval = sweepInterval == null ? Duration.ofHours(1) : sweepInterval;
        batchSize = batchSize == null ? 500 : batchSize;
        if (sweepInterval.isNegative() || sweepInterval.isZero()) {
            throw new IllegalArgumentException("sweep-interval must be positive");
        }
    }

    /**
     * Archiving the audit log: whole runs of each chain's oldest entries move to segment files, each
     * verified before its entries leave the live table; the chain then verifies on from its anchor.
     *
     * @param archiveAfter entries older than this are archived; never by default
     * @param archiveDir where segments go; {@code audit-archive} in the data directory by default.
     *     Gateways sharing a store should share it, so one directory holds every segment
     * @param segmentSize the most entries one segment holds; 1000
     */
    public record AuditArchive(Optional<Duration> archiveAfter, Optional<String> archiveDir, @Positive Integer segmentSize) {

        public static final AuditArchive DEFAULTS = new AuditArchive(null, null, null);

        public AuditArchive {
            archiveAfter = positive("audit.archive-after", archiveAfter);
            archiveDir = archiveDir == null ? Optional.empty() : archiveDir;
            segmentSize = segmentSize == null ? 1000 : segmentSize;
        }
    }

    private static Optional<Duration> positive(String key, Optional<Duration> kept) {
        if (kept == null) {
            return Optional.empty();
        }
        if (kept.filter(duration -> duration.isNegative() || duration.isZero()).isPresent()) {
            throw new IllegalArgumentException(key + " must be positive");
        }
        return kept;
    }
}
