package dev.aegis.runtime.internal.steps;

import dev.aegis.api.guard.Evidence;
import dev.aegis.api.guard.ScanTarget;
import dev.aegis.api.guard.Verdict;
import dev.aegis.api.state.Event;
import dev.aegis.kernel.plan.Step;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The audit event of one verdict: who decided what about which kind of content, never the content. */
final class VerdictEvents {

    private VerdictEvents() {}

    static Event of(Step step, Verdict verdict, ScanTarget target, Map<String, String> where, boolean enforced) {
        Map<String, String> attributes = new LinkedHashMap<>(where);
        attributes.put("guard", step.type());
        attributes.put("decision", decision(verdict));
        attributes.put("target", target.name().toLowerCase(Locale.ROOT));
        attributes.put("rules", rules(verdict));
        if (!enforced) {
            attributes.put("enforced", "false");
        }
        return Event.of(step.id(), Event.VERDICT, detail(verdict), attributes);
    }

    static String rules(Verdict verdict) {
        return verdict.evidence().isEmpty()
                ? ""
                : verdict.evidence().stream().map(Evidence::rule).distinct().collect(Collectors.joining(","));
    }

    static String decision(Verdict verdict) {
        return switch (verdict) {
            case Verdict.Allow allow -> "allow";
            case Verdict.Sanitize sanitize -> "sanitize";
            case Verdict.Block block -> "block";
            case Verdict.RequireApproval approval -> "require_approval";
        };
    }

    /** The reason of a block or approval request, which reaches the client anyway; nothing otherwise. */
    private static String detail(Verdict verdict) {
        return switch (verdict) {
            case Verdict.Block block -> block.reason();
            case Verdict.RequireApproval approval -> approval.reason();
            default -> "";
        };
    }
}
