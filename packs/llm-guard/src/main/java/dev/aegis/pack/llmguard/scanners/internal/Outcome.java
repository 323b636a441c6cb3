package dev.aegis.pack.llmguard.scanners.internal;

import dev.aegis.api.guard.Evidence;
import dev.aegis.api.guard.StreamingGuarantee;
import dev.aegis.api.guard.Verdict;
import dev.aegis.pack.llmguard.scanners.ScannerAction;
import java.util.List;
import java.util.function.Supplier;

/** Turns a scanner's findings into the verdict its configured action asks for. */
public final class Outcome {

    private Outcome() {}

    /**
     * @param what names what was found, for the reason the client may see, e.g. {@code "a banned
     *     substring (competitors)"}; never the matched text
     * @param sanitized the content with the findings removed; asked for only by {@code sanitize}
     */
    public static Verdict of(ScannerAction action, List<Evidence> evidence, String what, Supplier<String> sanitized) {
        if (evidence.isEmpty()) {
            return Verdict.allow();
        }
        return switch (action) {
            case BLOCK -> Verdict.block("content contains " + what, evidence);
            case REQUIRE_APPROVAL -> Verdict.requireApproval("content contains " + what + " and needs approval", evidence);
            case SANITIZE -> Verdict.sanitize(sanitized.get(), evidence);
            case FLAG -> new Verdict.Allow(evidence);
        };
    }

    /** A flag never stops anything: it is recorded once, after the stream, and holds nothing back. */
    public static StreamingGuarantee streaming(ScannerAction action, StreamingGuarantee enforcing) {
        return action == ScannerAction.FLAG ? StreamingGuarantee.postHoc() : enforcing;
    }
}
