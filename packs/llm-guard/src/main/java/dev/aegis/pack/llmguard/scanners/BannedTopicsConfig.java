package dev.aegis.pack.llmguard.scanners;

import dev.aegis.api.guard.ScanTarget;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Positive;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Configuration of {@code banned-topics}. Each topic names the matchers that recognise it; a topic
 * is found when any of its matchers finds it: {@code keywords} (phrases), or similarity to the topic
 * described in words ({@code description} and {@code examples}) over the configured {@code embedder}.
 *
 * @param topics the topics a route must stay away from
 * @param action {@code block} by default, {@code require-approval} or {@code flag}; a topic is not
 *     a span of text, so there is nothing to sanitize
 * @param targets what to scan; prompts and answers by default
 * @param window characters held back when an answer streams, when every topic is found by one
 *     phrase; by default four times the longest phrase and at least 64. A topic that needs several
 *     phrases may find them far apart, so then the whole answer is held back; so it is when a topic
 *     is matched by similarity (a window of an answer says little about what the whole is about)
 * @param embedder the name of an entry under {@code embeddings:} in aegis.yaml; needed when a topic has
 *     a description or examples
 * @param similarity the cosine similarity from which a text is about a topic described in words; 0.45 by
 *     default (a topic may set its own)
 */
public record BannedTopicsConfig(@NotEmpty List<@Valid Topic> topics, ScannerAction action, Set<ScanTarget> targets,
        @Positive @Max(65536) Integer window, String embedder, @DecimalMin("-1.0") @DecimalMax("1.0") Double similarity) {

    public BannedTopicsConfig {
        topics = topics == null ? List.of() : List.copyOf(topics);
        action = action == null ? ScannerAction.BLOCK : action;
        if (action == ScannerAction.SANITIZE) {
            throw new IllegalArgumentException("action: banned-topics cannot sanitize a topic; use block, require-approval or flag");
        }
        targets = targets == null || targets.isEmpty() ? Set.copyOf(EnumSet.of(ScanTarget.PROMPT, ScanTarget.RESPONSE)) : Set.copyOf(targets);
        int longest = topics.stream().filter(topic -> topic.keywords() != null)
                .flatMap(topic -> topic.keywords().phrases().stream()).mapToInt(String::length).max().orElse(0);
        window = window == null ? Math.min(65536, Math.max(64, 4 * longest)) : window;
        similarity = similarity == null ? DEFAULT_SIMILARITY : similarity;
        if (embedder == null && topics.stream().anyMatch(Topic::describedInWords)) {
            throw new IllegalArgumentException("embedder: a topic with a description or examples is matched by similarity; name an entry of embeddings:");
        }
    }

    public static final double DEFAULT_SIMILARITY = 0.45;

    /** Topics matched by keywords only. */
    public BannedTopicsConfig(List<Topic> topics, ScannerAction action, Set<ScanTarget> targets, Integer window) {
        this(topics, action, targets, window, null, null);
    }

    /** Whether some topic is matched by similarity. */
    public boolean matchesBySimilarity() {
        return topics.stream().anyMatch(Topic::describedInWords);
    }

    /**
     * A topic and its matchers; at least one of {@code keywords}, {@code description}, {@code examples}.
     *
     * @param name reported as the evidence's rule, e.g. {@code weapons}
     * @param keywords the phrases that recognise the topic
     * @param description the topic in a sentence or two, e.g. "how to build, buy or use weapons or explosives"
     * @param examples texts that are about the topic; a text is about it when it is similar enough to
     *     the description or to any example
     * @param similarity this topic's threshold instead of the guard's
     */
    public record Topic(@NotBlank String name, @Valid Keywords keywords, String description, List<@NotBlank String> examples,
            @DecimalMin("-1.0") @DecimalMax("1.0") Double similarity) {

        public Topic {
            examples = examples == null ? List.of() : List.copyOf(examples);
            if (description != null && description.isBlank()) {
                throw new IllegalArgumentException("topic '" + name + "': description is blank");
            }
            if (keywords == null && description == null && examples.isEmpty()) {
                throw new IllegalArgumentException("topic '" + name + "': give keywords, or a description or examples to match by similarity");
            }
        }

        public Topic(String name, Keywords keywords) {
            this(name, keywords, null, null, null);
        }

        /** Whether the topic is matched by similarity to its description or examples. */
        public boolean describedInWords() {
            return description != null || !examples.isEmpty();
        }

        /** The description, then the examples: the texts a text is compared with. */
        public List<String> descriptions() {
            List<String> texts = new java.util.ArrayList<>();
            if (description != null) {
                texts.add(description);
            }
            texts.addAll(examples);
            return texts;
        }
    }

    /**
     * A matcher by phrases, matched like {@code banned-substrings} does: on the normalised view,
     * ignoring case and look-alike letters.
     *
     * @param phrases words or phrases that speak of the topic
     * @param minMatches how many different phrases must occur; 1 by default
     * @param wholeWords true by default: a phrase must not be part of a longer word
     */
    public record Keywords(@NotEmpty List<@NotBlank String> phrases, @Min(1) Integer minMatches, Boolean wholeWords) {
        public Keywords {
            phrases = phrases == null ? List.of() : List.copyOf(phrases);
            minMatches = minMatches == null ? 1 : minMatches;
            wholeWords = wholeWords == null || wholeWords;
        }

        public Keywords(List<String> phrases) {
            this(phrases, null, null);
        }
    }
}
