package dev.aegis.runtime;

import dev.aegis.api.guard.Content;
import dev.aegis.api.guard.Evidence;
import dev.aegis.api.guard.Guardrail;
import dev.aegis.api.guard.ScanTarget;
import dev.aegis.api.guard.StreamingGuarantee;
import dev.aegis.api.guard.Verdict;
import dev.aegis.api.state.RunState;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
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
