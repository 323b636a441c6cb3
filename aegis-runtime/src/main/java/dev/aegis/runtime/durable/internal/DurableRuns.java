package dev.aegis.runtime.durable.internal;

import static java.util.Objects.requireNonNull;

import dev.aegis.api.auth.Principal;
import dev.aegis.api.state.Halt;
import dev.aegis.api.state.Message;
import dev.aegis.api.state.RunState;
import dev.aegis.runtime.durable.Approval;
import dev.aegis.runtime.durable.ApprovalPolicy;
import dev.aegis.runtime.durable.DecisionRefusedException;
import dev.aegis.runtime.store.Database;
import dev.aegis.runtime.store.Transactions;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The runtime's side of the durable store: the pause (checkpoint and approval request in one
 * transaction), decisions as compare-and-set claims, expiry, and what the approvals API reads.
 * Not an API.
 */
public final class DurableRuns {

    /** How a claim on a paused run went. */
    public enum Claim {
        /** This caller decided the run. */
        WON,
        /** This caller's approval was counted; the request waits for more approvers. */
        COUNTED,
        /** The request is pending but overdue: it expires instead. */
        OVERDUE,
        /** Someone else decided it first, or it paused again since it was read. */
        LOST
    }

    /**
     * A claim's outcome, with the approvals the request has now (for {@link Claim#WON} and
     * {@link Claim#COUNTED} approvals) and how many it needs.
     */
    public record Claimed(Claim claim, List<String> approvers, int required) {

        public Claimed {
            requireNonNull(claim, "claim");
            approvers = List.copyOf(approvers);
        }

        static Claimed of(Claim claim) {
            return new Claimed(claim, List.of(), 1);
        }
    }

    private static final Logger LOG = Logger.getLogger(DurableRuns.class.getName());

    private final Database database;
    private final RunStateCodec codec;
    private final Clock clock;
    private final Duration expireAfter;
    private final ApprovalPolicy policy;
    private final Checkpoints checkpoints;
    private final Map<String, Consumer<RunState>> runEndListeners = new ConcurrentHashMap<>();

    public DurableRuns(Database database, RunStateCodec codec, Clock clock, Duration expireAfter, ApprovalPolicy policy) {
        this.database = requireNonNull(database, "database");
        this.codec = requireNonNull(codec, "codec");
        this.clock = requireNonNull(clock, "clock");
        this.expireAfter = requireNonNull(expireAfter, "expireAfter");
        this.policy = requireNonNull(policy, "policy");
        this.checkpoints = new Checkpoints(database, codec, clock);
    }

    public Clock clock() {
        return clock;
    }

    public ApprovalPolicy policy() {
        return policy;
    }

    /** Who hears of a paused run of {@code route} that ends outside any request: an expired one. */
    public void onRunEnd(String route, Consumer<RunState> listener) {
        runEndListeners.put(route, listener);
    }

    /** The run's checkpoint rows, for the saver. */
    Checkpoints checkpoints() {
        return checkpoints;
    }

    /**
     * Writes a paused run and its approval request together. {@code replaceAll} leaves the pause as
     * the run's only checkpoint; otherwise it replaces just the step's checkpoint of the same id.
     */
    void pause(String route, RunState paused, CheckpointTable.Row step, boolean replaceAll) {
        Halt halt = paused.halt().filter(Halt.AwaitingApproval.class::isInstance)
                .orElseThrow(() -> new IllegalStateException("run " + paused.runId() + " is not awaiting approval"));
        byte[] payload = codec.encode(paused);
        Instant now = clock.instant();
        List<String> rules = List.copyOf(new TreeSet<>(HaltRules.of(paused)));
        Approval approval = new Approval(paused.runId(), route, paused.principal().map(Principal::id).orElse(""),
                paused.principal().map(Principal::team).orElse(""), halt.reason(), halt.source(), now, now.plus(expireAfter),
                Approval.Status.PENDING, Optional.empty(), Optional.empty(), rules, List.of(), policy.required(rules));
        CheckpointTable.Row row = new CheckpointTable.Row(step.checkpointId(), step.nodeId(), step.nextNodeId(), payload);
        Transactions.write(database, "pause run " + paused.runId(), connection -> {
            if (replaceAll) {
                CheckpointTable.deleteRun(connection, paused.runId());
            } else {
                CheckpointTable.deleteOne(connection, paused.runId(), step.checkpointId());
            }
            CheckpointTable.insert(connection, paused.runId(), row, now.toEpochMilli());
            ApprovalTable.upsertPending(connection, approval);
            return null;
        });
    }

    /**
     * Claims a paused run for a decision, under its approval request's row lock: the request must
     * still be pending, not overdue, and the run's latest checkpoint still the one the caller read.
     * A rejection wins at once, and {@code dropCheckpoint} deletes the run's checkpoints in the same
     * transaction (it ends the run). An approval is counted first: it wins once the request has as
     * many distinct approvers as the policy requires for its rules, and is only {@link Claim#COUNTED}
     * before that.
     *
     * @throws DecisionRefusedException the starter approving their own run under separation
     *     ({@code approval_separation}), or an approver approving twice ({@code approval_already_given})
     */
    public Claimed decide(String runId, String route, String checkpointId, Approval.Status status, String approver, boolean dropCheckpoint) {
        Instant now = clock.instant();
        return Transactions.write(database, "decide run " + runId, connection -> {
            if (!ApprovalTable.lockPending(connection, runId, route, now)) {
                boolean overdue = ApprovalTable.find(connection, runId)
                        .filter(row -> row.status() == Approval.Status.PENDING && row.route().equals(route))
                        .filter(row -> !row.expires().isAfter(now))
                        .isPresent();
                return Claimed.of(overdue ? Claim.OVERDUE : Claim.LOST);
            }
            Optional<String> latest = CheckpointTable.latest(connection, runId).map(CheckpointTable.Row::checkpointId);
            if (latest.filter(checkpointId::equals).isEmpty()) {
                return Claimed.of(Claim.LOST);
            }
            Approval request = ApprovalTable.find(connection, runId).orElseThrow();
            int required = policy.required(request.rules());
            List<String> approvers = List.of();
            if (status == Approval.Status.APPROVED) {
                if (policy.separation() && request.principalId().equals(approver)) {
                    throw new DecisionRefusedException(DecisionRefusedException.SEPARATION,
                            "run " + runId + " was started by " + approver + ", who may not also approve it: another approver must");
                }
                if (!ApprovalTable.addVote(connection, runId, approver, now)) {
                    throw new DecisionRefusedException(DecisionRefusedException.ALREADY_APPROVED,
                            approver + " has approved run " + runId + " already; it waits for " + required + " distinct approvers");
                }
                approvers = ApprovalTable.votes(connection, runId);
                if (approvers.size() < required) {
                    return new Claimed(Claim.COUNTED, approvers, required);
                }
            }
            if (!ApprovalTable.decide(connection, runId, route, status, approver, now)) {
                return Claimed.of(Claim.LOST);
            }
            if (dropCheckpoint) {
                CheckpointTable.deleteRun(connection, runId);
            }
            return new Claimed(Claim.WON, approvers, required);
        });
    }

    /** Expires one overdue request and drops its checkpoints; whether this call expired it. */
    public boolean expire(String runId, Instant now) {
        return expiry(runId, now).expired();
    }

    private record Expiry(boolean expired, Optional<CheckpointTable.Row> checkpoint) {}

    private Expiry expiry(String runId, Instant now) {
        return Transactions.write(database, "expire run " + runId, connection -> {
            if (!ApprovalTable.expire(connection, runId, now)) {
                return new Expiry(false, Optional.empty());
            }
            Optional<CheckpointTable.Row> latest = CheckpointTable.latest(connection, runId);
            CheckpointTable.deleteRun(connection, runId);
            return new Expiry(true, latest);
        });
    }

    /**
     * Expires every request overdue at {@code now}: each run ends refused ({@code approval_expired})
     * and its route's run-end hooks hear of it. A run whose checkpoint cannot be read still expires.
     */
    public List<Approval> expireOverdue(Instant now) {
        List<Approval> expired = new ArrayList<>();
        for (Approval overdue : Transactions.read(database, "list overdue approvals", connection -> ApprovalTable.overdue(connection, now))) {
            Expiry expiry = expiry(overdue.runId(), now);
            if (!expiry.expired()) {
                continue;
            }
            find(overdue.runId()).ifPresent(expired::add);
            try {
                expiry.checkpoint().map(row -> ApprovalOutcomes.expired(checkpoints.decode(row, overdue.runId()), now)).ifPresent(ended ->
                        Optional.ofNullable(runEndListeners.get(overdue.route())).ifPresent(listener -> listener.accept(ended)));
            } catch (RuntimeException e) {
                // The approval is expired all the same; only the hooks miss the run's last state.
                LOG.log(Level.WARNING, "run " + overdue.runId() + " expired, but its checkpoint could not be read,"
                        + " so its run-end hooks did not hear of it: " + e.getClass().getName());
            }
        }
        return expired;
    }

    /** Deletes up to {@code max} requests decided before {@code before}, and their votes; never a pending one. */
    public int deleteDecided(Instant before, int max) {
        List<String> due = Transactions.read(database, "list decided approvals", connection -> ApprovalTable.decidedBefore(connection, before, max));
        return due.isEmpty() ? 0 : Transactions.write(database, "delete decided approvals",
                connection -> ApprovalTable.deleteDecided(connection, due, before));
    }

    /** The conversation of a paused run, for whoever decides it; empty when the run is not paused. */
    public Optional<List<Message>> pausedMessages(String runId) {
        return find(runId).filter(row -> row.status() == Approval.Status.PENDING)
                .flatMap(row -> checkpoints.latest(runId))
                .map(row -> checkpoints.decode(row, runId).messages());
    }

    public List<Approval> pending(Optional<String> route) {
        return Transactions.read(database, "list pending approvals", connection -> {
            List<Approval> pending = new ArrayList<>();
            for (Approval approval : ApprovalTable.pending(connection, route)) {
                pending.add(withApprovals(connection, approval));
            }
            return pending;
        });
    }

    public Optional<Approval> find(String runId) {
        return Transactions.read(database, "read an approval", connection -> {
            Optional<Approval> found = ApprovalTable.find(connection, runId);
            return found.isPresent() ? Optional.of(withApprovals(connection, found.get())) : found;
        });
    }

    private Approval withApprovals(Connection connection, Approval approval) throws SQLException {
        return approval.withApprovals(ApprovalTable.votes(connection, approval.runId()), policy.required(approval.rules()));
    }
}
