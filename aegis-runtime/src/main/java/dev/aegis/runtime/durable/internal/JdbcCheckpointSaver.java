package dev.aegis.runtime.durable.internal;

import static java.util.Objects.requireNonNull;

import dev.aegis.api.state.RunState;
import dev.aegis.kernel.plan.Durability;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.bsc.langgraph4j.RunnableConfig;
import org.bsc.langgraph4j.StateGraph;
import org.bsc.langgraph4j.checkpoint.BaseCheckpointSaver;
import org.bsc.langgraph4j.checkpoint.Checkpoint;

/**
 * LangGraph4j's checkpoint saver for one durable route, on the state store. Threads are run ids.
 *
 * <p>Each run in flight keeps its latest checkpoint in memory: the graph reads it back when an
 * approved run resumes. What reaches the database depends on the route's durability:
 * {@code pause-and-end} writes nothing while a run flows, only the pause ({@link #pause}), and the
 * rows go when the run ends ({@link #release}); {@code every-step} also writes a row after every
 * step (not the graph's start), cleared the same way. A run that never wrote a row ends without
 * touching the database.
 */
public final class JdbcCheckpointSaver implements BaseCheckpointSaver {

    private record InFlight(Optional<Checkpoint> latest, boolean stored) {}

    private final DurableRuns runs;
    private final Checkpoints checkpoints;
    private final String route;
    private final Durability durability;
    private final String stateKey;
    private final ConcurrentMap<String, InFlight> inFlight = new ConcurrentHashMap<>();

    /** @param stateKey the graph state's key that holds the whole {@link RunState} */
    public JdbcCheckpointSaver(DurableRuns runs, String route, Durability durability, String stateKey) {
        this.runs = requireNonNull(runs, "runs");
        this.checkpoints = runs.checkpoints();
        this.route = requireNonNull(route, "route");
        this.durability = requireNonNull(durability, "durability");
        this.stateKey = requireNonNull(stateKey, "stateKey");
        if (durability == Durability.NONE) {
            throw new IllegalArgumentException("route '" + route + "' has durability none: it has no checkpoints");
        }
    }

    @Override
    public Collection<Checkpoint> list(RunnableConfig config) {
        String runId = threadId(config);
        List<Checkpoint> history = new ArrayList<>();
        checkpoints.all(runId).forEach(row -> history.add(checkpoint(row, runId)));
        latestInFlight(runId).filter(latest -> history.stream().noneMatch(c -> c.getId().equals(latest.getId())))
                .ifPresent(latest -> history.add(0, latest));
        return history;
    }

    @Override
    public Optional<Checkpoint> get(RunnableConfig config) {
        String runId = threadId(config);
        Optional<String> wanted = config.checkPointId();
        Optional<Checkpoint> latest = latestInFlight(runId);
        if (latest.isPresent() && wanted.map(latest.get().getId()::equals).orElse(true)) {
            return latest;
        }
        return wanted.map(id -> checkpoints.byId(runId, id)).orElseGet(() -> checkpoints.latest(runId)).map(row -> checkpoint(row, runId));
    }

    @Override
    public RunnableConfig put(RunnableConfig config, Checkpoint checkpoint) {
        String runId = threadId(config);
        boolean stored = Optional.ofNullable(inFlight.get(runId)).map(InFlight::stored).orElse(false);
        if (durability == Durability.EVERY_STEP && !StateGraph.START.equals(checkpoint.getNodeId())) {
            checkpoints.store(runId, row(checkpoint, checkpoints.encode(run(checkpoint))));
            stored = true;
        }
        inFlight.put(runId, new InFlight(Optional.of(checkpoint), stored));
        return RunnableConfig.builder(config).checkPointId(checkpoint.getId()).build();
    }

    /** The run ended (or was aborted): nothing of it is kept. */
    @Override
    public Tag release(RunnableConfig config) {
        String runId = threadId(config);
        InFlight ended = inFlight.remove(runId);
        if (ended == null || ended.stored()) {
            checkpoints.deleteAll(runId);
        }
        return new Tag(runId, List.of());
    }

    /** An approved run is about to resume: its paused checkpoint is in the database, to be cleared at its end. */
    public void resuming(String runId) {
        inFlight.put(runId, new InFlight(Optional.empty(), true));
    }

    /**
     * The run stopped before the {@code paused} node: writes {@code paused} in place of its last
     * checkpoint, with its approval request, in one transaction.
     */
    public void pause(String runId, RunState paused) {
        InFlight stopped = inFlight.remove(runId);
        Checkpoint last = Optional.ofNullable(stopped).flatMap(InFlight::latest)
                .orElseThrow(() -> new IllegalStateException("run " + runId + " paused without a checkpoint"));
        runs.pause(route, paused, row(last, new byte[0]), durability == Durability.PAUSE_AND_END);
    }

    private Optional<Checkpoint> latestInFlight(String runId) {
        return Optional.ofNullable(inFlight.get(runId)).flatMap(InFlight::latest);
    }

    private RunState run(Checkpoint checkpoint) {
        Object run = checkpoint.getState().get(stateKey);
        if (!(run instanceof RunState state) || checkpoint.getState().size() != 1) {
            throw new IllegalStateException("route '" + route + "': a checkpoint must hold exactly the run state under '" + stateKey + "'");
        }
        return state;
    }

    private static CheckpointTable.Row row(Checkpoint checkpoint, byte[] payload) {
        return new CheckpointTable.Row(checkpoint.getId(), checkpoint.getNodeId(), Optional.ofNullable(checkpoint.getNextNodeId()), payload);
    }

    private Checkpoint checkpoint(CheckpointTable.Row row, String runId) {
        return Checkpoint.builder()
                .id(row.checkpointId())
                .nodeId(row.nodeId())
                .nextNodeId(row.nextNodeId().orElse(null))
                .state(Map.<String, Object>of(stateKey, checkpoints.decode(row, runId)))
                .build();
    }
}
