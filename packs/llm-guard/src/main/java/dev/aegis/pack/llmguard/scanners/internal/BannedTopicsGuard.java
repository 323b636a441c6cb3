package dev.aegis.pack.llmguard.scanners.internal;

import static java.util.Objects.requireNonNull;

import dev.aegis.api.guard.Content;
import dev.aegis.api.guard.Evidence;
import dev.aegis.api.guard.Guardrail;
import dev.aegis.api.guard.NormalizedText;
import dev.aegis.api.guard.ScanTarget;
import dev.aegis.api.guard.StreamingGuarantee;
import dev.aegis.api.guard.Verdict;
import dev.aegis.api.state.RunState;
import dev.aegis.api.vector.EmbeddingProvider;
import dev.aegis.pack.llmguard.internal.Confusables;
import dev.aegis.pack.llmguard.scanners.BannedTopicsConfig;
import dev.aegis.pack.llmguard.scanners.ScannerAction;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code banned-topics}, matched by keywords (a topic is found when at least its minimum of different
 * phrases occur) and, for topics described in words, by similarity over an embedder. Evidence names
 * the topic and the matcher, with how many phrases were found or how similar the text was; never which
 * phrase, never the text.
 */
public final class BannedTopicsGuard implements Guardrail {

    private final List<String> names;
    private final int[] minMatches;
    // one pass per matching mode (whole words or anywhere) over all topics' phrases; each phrase knows its topic
    private final List<TopicPhrases> matchers;
    private final ScannerAction action;
    private final Set<ScanTarget> targets;
    private final StreamingGuarantee streaming;
    private final TopicSimilarity similarity;

    private record TopicPhrases(PhraseMatcher matcher, int[] topicOf) {}

    /** Topics matched by keywords only. */
    public BannedTopicsGuard(BannedTopicsConfig config) {
        this(config, null);
    }

    /** With {@code embedder} for the topics described in words; their descriptions and examples are embedded now. */
    public BannedTopicsGuard(BannedTopicsConfig config, EmbeddingProvider embedder) {
        List<BannedTopicsConfig.Topic> topics = config.topics();
        this.names = topics.stream().map(BannedTopicsConfig.Topic::name).toList();
        // a topic without keywords is never found by them
        this.minMatches = topics.stream().mapToInt(topic -> topic.keywords() == null ? Integer.MAX_VALUE : topic.keywords().minMatches()).toArray();
        this.matchers = List.of(phrases(topics, true), phrases(topics, false));
        this.action = config.action();
        this.targets = config.targets();
        this.similarity = config.matchesBySimilarity() ? new TopicSimilarity(requireNonNull(embedder, "embedder"), config) : null;
        boolean onePhraseEnough = similarity == null && Arrays.stream(minMatches).allMatch(least -> least == 1);
        this.streaming = Outcome.streaming(action, onePhraseEnough ? StreamingGuarantee.window(config.window()) : StreamingGuarantee.fullContext());
    }

    @Override
    public Verdict scan(Content content, RunState state) {
        NormalizedText view = content.normalized();
        String folded = Confusables.fold(view.text());
        // per topic: the distinct phrases found (by their index in their matcher, offset per matcher), and the span they cover
        List<BitSet> distinct = new ArrayList<>();
        int[] starts = new int[names.size()];
        int[] ends = new int[names.size()];
        Arrays.fill(starts, Integer.MAX_VALUE);
        names.forEach(name -> distinct.add(new BitSet()));
        int offset = 0;
        for (TopicPhrases phrases : matchers) {
            for (PhraseMatcher.Match match : phrases.matcher().find(folded)) {
                int topic = phrases.topicOf()[match.phrase()];
                distinct.get(topic).set(offset + match.phrase());
                starts[topic] = Math.min(starts[topic], match.start());
                ends[topic] = Math.max(ends[topic], match.end());
            }
            offset += phrases.topicOf().length;
        }
        List<Evidence> evidence = new ArrayList<>();
        for (int topic = 0; topic < names.size(); topic++) {
            int found = distinct.get(topic).cardinality();
            if (found > 0 && found >= minMatches[topic]) {
                evidence.add(new Evidence(names.get(topic), "keywords: " + found + " of the topic's phrases",
                        view.originalStart(starts[topic]), view.originalEnd(ends[topic])));
            }
        }
        if (similarity != null) {
            double[] similar = similarity.similarities(view.text());
            for (int topic = 0; topic < names.size(); topic++) {
                if (similar[topic] >= similarity.threshold(topic)) {
                    evidence.add(Evidence.of(names.get(topic), String.format(Locale.ROOT, "embedding: similarity %.2f, threshold %.2f",
                            similar[topic], similarity.threshold(topic))));
                }
            }
        }
        String found = evidence.stream().map(Evidence::rule).distinct().collect(Collectors.joining(", "));
        return Outcome.of(action, evidence, "a banned topic (" + found + ")", content::text);
    }

    private static TopicPhrases phrases(List<BannedTopicsConfig.Topic> topics, boolean wholeWords) {
        List<String> phrases = new ArrayList<>();
        List<Integer> owners = new ArrayList<>();
        for (int topic = 0; topic < topics.size(); topic++) {
            BannedTopicsConfig.Keywords keywords = topics.get(topic).keywords();
            if (keywords != null && keywords.wholeWords() == wholeWords) {
                for (String phrase : keywords.phrases()) {
                    phrases.add(phrase);
                    owners.add(topic);
                }
            }
        }
        return new TopicPhrases(new PhraseMatcher(phrases, wholeWords), owners.stream().mapToInt(Integer::intValue).toArray());
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
