package dev.aegis.pack.llmguard.scanners.internal;

import dev.aegis.api.guard.Content;
import dev.aegis.api.guard.Evidence;
import dev.aegis.api.guard.Guardrail;
import dev.aegis.api.guard.NormalizedText;
import dev.aegis.api.guard.ScanTarget;
import dev.aegis.api.guard.StreamingGuarantee;
import dev.aegis.api.guard.Verdict;
import dev.aegis.api.state.RunState;
import dev.aegis.pack.llmguard.scanners.BannedTopicsConfig;
import dev.aegis.pack.llmguard.scanners.ScannerAction;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code banned-topics}, matched by keywords: a topic is found when at least its minimum of
 * different phrases occur. Evidence names the topic and the matcher, with how many phrases were
 * found; never which.
 */
public final class BannedTopicsGuard implements Guardrail {

    private record KeywordTopic(String name, PhraseMatcher matcher, int minMatches) {}

    private final List<KeywordTopic> topics;
    private final ScannerAction action;
    private final Set<ScanTarget> targets;
    private final StreamingGuarantee streaming;

    public BannedTopicsGuard(BannedTopicsConfig config) {
        this.topics = config.topics().stream()
                .map(topic -> new KeywordTopic(topic.name(), new PhraseMatcher(topic.keywords().phrases(), topic.keywords().wholeWords()),
                        topic.keywords().minMatches()))
                .toList();
        this.action = config.action();
        this.targets = config.targets();
        boolean onePhraseEnough = topics.stream().allMatch(topic -> topic.minMatches() == 1);
        this.streaming = Outcome.streaming(action, onePhraseEnough ? StreamingGuarantee.window(config.window()) : StreamingGuarantee.fullContext());
    }

    @Override
    public Verdict scan(Content content, RunState state) {
        NormalizedText view = content.normalized();
        String folded = Confusables.fold(view.text());
        List<Evidence> evidence = new ArrayList<>();
        for (KeywordTopic topic : topics) {
            List<PhraseMatcher.Match> matches = topic.matcher().find(folded);
            BitSet distinct = new BitSet();
            matches.forEach(match -> distinct.set(match.phrase()));
            if (distinct.cardinality() >= topic.minMatches()) {
                int start = matches.stream().mapToInt(PhraseMatcher.Match::start).min().orElseThrow();
                int end = matches.stream().mapToInt(PhraseMatcher.Match::end).max().orElseThrow();
                evidence.add(new Evidence(topic.name(), "keywords: " + distinct.cardinality() + " of the topic's phrases",
                        view.originalStart(start), view.originalEnd(end)));
            }
        }
        String names = evidence.stream().map(Evidence::rule).collect(Collectors.joining(", "));
        return Outcome.of(action, evidence, "a banned topic (" + names + ")", content::text);
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
