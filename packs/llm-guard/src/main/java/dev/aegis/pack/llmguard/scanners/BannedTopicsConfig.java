package dev.aegis.pack.llmguard.scanners;

import dev.aegis.api.guard.ScanTarget;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Configuration of {@code banned-topics}. Each topic names the matchers that recognise it; a topic
 * is found when any of its matchers finds it. Today there is one kind of matcher, {@code keywords};
 * an {@code embedding} matcher (similarity to the topic described in words) is planned as a second,
 * optional key of a topic, so configurations written now stay valid.
 *
 * @param topics the topics a route must stay away from
 * @param action {@code block} by default, {@code require-approval} or {@code flag}; a topic is not
 *     a span of text, so there is nothing to sanitize
 * @param targets what to scan; prompts and answers by default
 * @param window characters held back when an answer streams, when every topic is found by one
 *     phrase; by default four times the longest phrase and at least 64. A topic that needs several
 *     phrases may find them far apart, so then the whole answer is held back
 */
public record BannedTopicsConfig(@NotEmpty List<@Valid Topic> topics, ScannerAction action, Set<ScanTarget> targets,
        @Positive @Max(65536) Integer window) {

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
    }

    /**
     * @param name reported as the evidence's rule, e.g. {@code weapons}
     * @param keywords the phrases that recognise the topic
     */
    public record Topic(@NotBlank String name, @NotNull @Valid Keywords keywords) {}

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
