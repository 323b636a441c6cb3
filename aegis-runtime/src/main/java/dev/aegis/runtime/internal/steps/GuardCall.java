package dev.aegis.runtime.internal.steps;

import dev.aegis.api.guard.Content;
import dev.aegis.api.guard.Guardrail;
import dev.aegis.api.guard.ScanTarget;
import dev.aegis.api.guard.Verdict;
import dev.aegis.api.state.Halt;
import dev.aegis.api.state.Message;
import dev.aegis.api.state.RunState;
import dev.aegis.api.state.StateDelta;
import dev.aegis.kernel.plan.Hooks;
import dev.aegis.kernel.plan.Step;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One guard of a route, called on one piece of content: the verdict recorded, then acted upon. */
public final class GuardCall {

    static final String GUARD_BLOCKED = "guard_blocked";

    /** What a verdict may do to the run. */
    public enum Mode {
        /** Record every verdict and act on it. */
        ENFORCE,
        /** Act on every verdict, but leave allows unrecorded: a stream window is scanned many times. */
        ENFORCE_QUIETLY,
        /** Record only: the content was already sent. */
        RECORD_ONLY
    }

    /** The run after the scan, and the verdict unless the guard failed. */
    public record Scan(RunState state, Optional<Verdict> verdict) {

        /** The sanitized text, when the guard rewrote the content. */
        public Optional<String> replacement() {
            return verdict.filter(Verdict.Sanitize.class::isInstance).map(v -> ((Verdict.Sanitize) v).content());
        }
    }

    private final Step step;
    private final Guardrail guard;
    private final Hooks hooks;

    public GuardCall(Step step, Guardrail guard, Hooks hooks) {
        this.step = step;
        this.guard = guard;
        this.hooks = hooks;
    }

    Step step() {
        return step;
    }

    public Guardrail guard() {
        return guard;
    }

    public Scan scan(RunState state, Content content, Map<String, String> where, Mode mode) {
        Verdict verdict;
        try {
            verdict = guard.scan(content, state);
        } catch (RuntimeException e) {
            RunState failed = mode == Mode.RECORD_ONLY ? StepErrors.recorded(step, state, e) : StepErrors.failed(step, state, e);
            return new Scan(failed, Optional.empty());
        }
        if (verdict == null) {
            throw new IllegalStateException("guardrail '" + step.type() + "' of step '" + step.id() + "' returned a null verdict");
        }
        if (mode == Mode.RECORD_ONLY) {
            return new Scan(record(state, verdict, content.target(), where, false), Optional.of(verdict));
        }
        if (mode == Mode.ENFORCE_QUIETLY && verdict instanceof Verdict.Allow) {
            return new Scan(state, Optional.of(verdict));
        }
        if (ApprovalGrant.covers(state, step.id(), verdict)) {
            // an approver approved exactly this request already: recorded as such, and the run goes on
            Map<String, String> granted = new LinkedHashMap<>(where);
            granted.put("approval", "granted");
            return new Scan(record(state, verdict, content.target(), granted, true), Optional.of(verdict));
        }
        RunState recorded = record(state, verdict, content.target(), where, true);
        return new Scan(recorded.apply(consequence(verdict)), Optional.of(verdict));
    }

    /**
     * Scans each site of the conversation in turn, rewriting what the guard sanitizes, and stops at
     * the first block or approval request.
     *
     * @param tool the tool a site belongs to (its call's arguments or its result), when it belongs to one
     */
    public RunState enforce(RunState state, List<ScanSite> sites, java.util.function.Function<ScanSite, Optional<String>> tool) {
        RunState current = state;
        for (ScanSite site : sites) {
            List<Message> messages = current.messages();
            Optional<String> toolName = tool.apply(site);
            Content content = new Content(site.target(), site.read(messages), false, toolName);
            Map<String, String> where = site.where(messages);
            if (toolName.isPresent()) {
                where = new java.util.LinkedHashMap<>(where);
                where.put("tool", toolName.get());
            }
            Scan scan = scan(current, content, where, Mode.ENFORCE);
            current = scan.state();
            if (current.halt().isPresent()) {
                return current;
            }
            String replacement = scan.replacement().orElse(null);
            if (replacement != null) {
                current = current.apply(StateDelta.of(RunState.MESSAGES, site.write(current.messages(), replacement)));
            }
        }
        return current;
    }

    /** Records an allow that stands for every quiet scan of a stream. */
    public RunState recordAllow(RunState state, ScanTarget target, Map<String, String> where) {
        return record(state, Verdict.allow(), target, where, true);
    }

    private RunState record(RunState state, Verdict verdict, ScanTarget target, Map<String, String> where, boolean enforced) {
        hooks.verdict(step.id(), verdict, state);
        return state.apply(StateDelta.empty().event(VerdictEvents.of(step, verdict, target, where, enforced)));
    }

    private StateDelta consequence(Verdict verdict) {
        return switch (verdict) {
            case Verdict.Allow allow -> StateDelta.empty();
            case Verdict.Sanitize sanitize -> sanitize.delta();
            case Verdict.Block block -> StateDelta.empty().halt(new Halt.Refused(step.id(), GUARD_BLOCKED, block.reason()));
            case Verdict.RequireApproval approval -> StateDelta.empty().halt(new Halt.AwaitingApproval(step.id(), approval.reason()));
        };
    }
}
