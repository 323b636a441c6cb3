package dev.aegis.runtime;

import dev.aegis.api.guard.Content;
import dev.aegis.api.guard.Evidence;
import dev.aegis.api.guard.Guardrail;
import dev.aegis.api.guard.ScanTarget;
import dev.aegis.api.guard.StreamingGuarantee;
import dev.aegis.api.guard.Verdict;
import dev.aegis.api.state.MaskMap;
import dev.aegis.api.state.RunState;
import dev.aegis.api.state.StateDelta;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** A guard deciding by a function of the content; remembers what it was shown. */
final class FakeGuard implements Guardrail {

    private final Function<Content, Verdict> decide;
    private StreamingGuarantee streaming = StreamingGuarantee.fullContext();
    private Set<ScanTarget> targets = EnumSet.allOf(ScanTarget.class);
    final List<Content> scanned = new ArrayList<>();

    private FakeGuard(Function<Content, Verdict> decide) {
        this.decide = decide;
    }

    static FakeGuard allowing() {
        return new FakeGuard(content -> Verdict.allow());
    }

    static FakeGuard blocking(String word) {
        return new FakeGuard(content -> content.text().contains(word)
                ? Verdict.block("mentions a forbidden word", List.of(Evidence.of("forbidden-word", "<WORD>")))
                : Verdict.allow());
    }

    static FakeGuard sanitizing(String word, String replacement) {
        return new FakeGuard(content -> content.text().contains(word)
                ? Verdict.sanitize(content.text().replace(word, replacement), List.of(Evidence.of("masked-word", "<WORD>")))
                : Verdict.allow());
    }

    static FakeGuard requiringApproval(String word) {
        return new FakeGuard(content -> content.text().contains(word)
                ? Verdict.requireApproval("needs a second pair of eyes", List.of(Evidence.of("sensitive-topic", "<TOPIC>")))
                : Verdict.allow());
    }

    /** Replaces {@code word} with {@code placeholder}, which it adds to the run's mask map. */
    static FakeGuard masking(String word, String placeholder) {
        return new FakeGuard(content -> content.text().contains(word)
                ? new Verdict.Sanitize(content.text().replace(word, placeholder), List.of(Evidence.of("masked-word", "<WORD>")),
                        StateDelta.of(RunState.MASK_MAP, MaskMap.of(Map.of(placeholder, word))))
                : Verdict.allow());
    }

    /**
     * Refuses {@code forbidden}; asks approval for {@code word} (rule {@code sensitive-topic}) and for
     * "acquisition" (rule {@code acquisition-topic}).
     */
    static FakeGuard requiringApprovalOrBlocking(String word, String forbidden) {
        return new FakeGuard(content -> {
            if (content.text().contains(forbidden)) {
                return Verdict.block("mentions a forbidden word", List.of(Evidence.of("forbidden-word", "<WORD>")));
            }
            List<Evidence> evidence = new ArrayList<>();
            if (content.text().contains(word)) {
                evidence.add(Evidence.of("sensitive-topic", "<TOPIC>"));
            }
            if (content.text().contains("acquisition")) {
                evidence.add(Evidence.of("acquisition-topic", "<TOPIC>"));
            }
            return evidence.isEmpty() ? Verdict.allow() : Verdict.requireApproval("needs a second pair of eyes", evidence);
        });
    }

    static FakeGuard failing(String message) {
        return new FakeGuard(content -> {
            throw new IllegalStateException(message);
        });
    }

    static FakeGuard returningNull() {
        return new FakeGuard(content -> null);
    }

    FakeGuard streaming(StreamingGuarantee guarantee) {
        this.streaming = guarantee;
        return this;
    }

    FakeGuard targets(ScanTarget first, ScanTarget... rest) {
        this.targets = EnumSet.of(first, rest);
        return this;
    }

    @Override
    public Verdict scan(Content content, RunState state) {
        scanned.add(content);
        return decide.apply(content);
    }

    @Override
    public StreamingGuarantee streaming() {
        return streaming;
    }

    @Override
    public Set<ScanTarget> targets() {
        return targets;
    }
}
