package dev.aegis.pack.classification;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The outcome of classifying one request.
 *
 * @param level the strictest of the default, the requested level and the fired rules' levels
 * @param reason the winning rule's name, or {@value #DEFAULT} / {@value #REQUESTED}
 * @param fired the names of the rules that fired, in configuration order
 * @param requested the level the run already carried in {@code labels.classification}, if valid
 */
record Classification(Level level, String reason, List<String> fired, Optional<Level> requested) {

    /** The reason when no rule and no request raised the level above the default. */
    static final String DEFAULT = "default";
    /** The reason when the level the request already carried is the strictest. */
    static final String REQUESTED = "requested";
    static final Set<String> RESERVED_REASONS = Set.of(DEFAULT, REQUESTED);

    Classification {
        fired = List.copyOf(fired);
    }

    /**
     * Rules win ties over the request, and the request over the default, so the reason names the
     * most specific source of the level. The request can only raise the level: a client must not
     * be able to downgrade its own data by sending {@code classification: public}.
     */
    static Classification decide(Level defaultLevel, Optional<Level> requested, List<CompiledRule> fired) {
        Level level = defaultLevel;
        String reason = DEFAULT;
        if (requested.isPresent() && requested.get().isStricterThan(level)) {
            level = requested.get();
            reason = REQUESTED;
        }
        CompiledRule strictest = null;
        for (CompiledRule rule : fired) {
            if (strictest == null || rule.level().isStricterThan(strictest.level())) {
                strictest = rule;
            }
        }
        if (strictest != null && !level.isStricterThan(strictest.level())) {
            level = strictest.level();
            reason = strictest.name();
        }
        return new Classification(level, reason, fired.stream().map(CompiledRule::name).toList(), requested);
    }
}
