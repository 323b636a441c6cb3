package dev.aegis.testkit;

import static java.util.Objects.requireNonNull;

import dev.aegis.api.guard.Content;
import dev.aegis.api.guard.Evidence;
import dev.aegis.api.guard.Guardrail;
import dev.aegis.api.guard.ScanTarget;
import dev.aegis.api.guard.StreamingGuarantee;
import dev.aegis.api.guard.Verdict;
import dev.aegis.api.state.RunState;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * A {@link Guardrail} whose verdicts are decided by the test, which records every scan it was asked
 * for. Configure it with the {@code with…} methods (each returns a fresh guard with an empty record).
 * Thread-safe.
 *
 * <pre>{@code
 * ScriptedGuardrail guard = ScriptedGuardrail.blockingWhenContains("acme", "competitor mentioned")
 *         .withStreaming(StreamingGuarantee.window(32));
 * }</pre>
 */
public final class ScriptedGuardrail implements Guardrail {

    /** One call of {@link #scan}: what the guard saw. */
    public record Scan(Content content, RunState state) {
        public Scan {
            requireNonNull(content, "content");
            requireNonNull(state, "state");
        }
    }

    private final Function<Content, Verdict> decision;
    private final StreamingGuarantee streaming;
    private final Set<ScanTarget> targets;
    private final List<Scan> scans = new CopyOnWriteArrayList<>();

    private ScriptedGuardrail(Function<Content, Verdict> decision, StreamingGuarantee streaming, Set<ScanTarget> targets) {
        this.decision = requireNonNull(decision, "decision");
        this.streaming = requireNonNull(streaming, "streaming");
        this.targets = Set.copyOf(targets);
        if (this.targets.isEmpty()) {
            throw new IllegalArgumentException("a guard must want to see at least one kind of content");
        }
    }

    /** Decides with {@code decision}; it may throw, or return null, to simulate a broken guard. */
    public static ScriptedGuardrail deciding(Function<Content, Verdict> decision) {
        return new ScriptedGuardrail(decision, StreamingGuarantee.fullContext(), EnumSet.allOf(ScanTarget.class));
    }

    public static ScriptedGuardrail always(Verdict verdict) {
        requireNonNull(verdict, "verdict");
        return deciding(content -> verdict);
    }

    public static ScriptedGuardrail allowing() {
        return always(Verdict.allow());
    }

    /**
     * Blocks text containing {@code needle} (case-sensitive) with {@code reason}, and allows the rest.
     * The evidence names the rule and position, never the matched text.
     */
    public static ScriptedGuardrail blockingWhenContains(String needle, String reason) {
        requireNonNull(needle, "needle");
        requireNonNull(reason, "reason");
        return deciding(content -> {
            int at = content.text().indexOf(needle);
            return at < 0 ? Verdict.allow()
                    : Verdict.block(reason, List.of(new Evidence("scripted-match", "<MATCH>", at, at + needle.length())));
        });
    }

    /** Throws {@code failure} from every scan, to exercise fail-closed handling. */
    public static ScriptedGuardrail failingWith(RuntimeException failure) {
        requireNonNull(failure, "failure");
        return deciding(content -> {
            throw failure;
        });
    }

    public ScriptedGuardrail withStreaming(StreamingGuarantee guarantee) {
        return new ScriptedGuardrail(decision, guarantee, targets);
    }

    public ScriptedGuardrail withTargets(ScanTarget first, ScanTarget... more) {
        return new ScriptedGuardrail(decision, streaming, EnumSet.of(first, more));
    }

    @Override
    public Verdict scan(Content content, RunState state) {
        scans.add(new Scan(content, state));
        return decision.apply(content);
    }

    @Override
    public StreamingGuarantee streaming() {
        return streaming;
    }

    @Override
    public Set<ScanTarget> targets() {
        return targets;
    }

    /** Every scan so far, in order. */
    public List<Scan> scans() {
        return List.copyOf(scans);
    }

    /** The texts scanned so far, in order. */
    public List<String> seenTexts() {
        return scans.stream().map(scan -> scan.content().text()).toList();
    }

    public int scanCount() {
        return scans.size();
    }
}
