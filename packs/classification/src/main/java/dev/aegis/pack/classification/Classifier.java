package dev.aegis.pack.classification;

import dev.aegis.api.node.PipelineNode;
import dev.aegis.api.state.Event;
import dev.aegis.api.state.RunState;
import dev.aegis.api.state.StateDelta;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes {@code labels.classification} and {@code labels.classification-reason}, and records a
 * {@value #EVENT_TYPE} event naming the fired rules. Neither carries message text, mask-map values
 * or anything else the request contained: only levels and operator-written rule names.
 */
final class Classifier implements PipelineNode {

    /** The label other packs read; the residency router, for one. */
    static final String LABEL = "classification";
    static final String REASON_LABEL = "classification-reason";
    static final String EVENT_TYPE = "classification";

    private final String source;
    private final Level defaultLevel;
    private final List<CompiledRule> rules;

    Classifier(String source, Level defaultLevel, List<CompiledRule> rules) {
        this.source = source;
        this.defaultLevel = defaultLevel;
        this.rules = List.copyOf(rules);
    }

    @Override
    public StateDelta apply(RunState state) {
        Classification result = classify(state);
        Map<String, String> attributes = result.requested().isPresent()
                ? Map.of("fired", String.join(",", result.fired()), "reason", result.reason(), "requested", result.requested().get().label())
                : Map.of("fired", String.join(",", result.fired()), "reason", result.reason());
        return StateDelta.of(RunState.LABELS, Map.of(LABEL, result.level().label(), REASON_LABEL, result.reason()))
                .event(Event.of(source, EVENT_TYPE, result.level().label(), attributes));
    }

    Classification classify(RunState state) {
        // A label the run already carries counts as a request for at least that level; one that
        // names no level is ignored rather than trusted, since anyone may have written it.
        Optional<Level> requested = state.label(LABEL).flatMap(Level::fromLabel);
        List<CompiledRule> fired = new ArrayList<>(2);
        for (CompiledRule rule : rules) {
            if (rule.fires(state)) {
                fired.add(rule);
            }
        }
        return Classification.decide(defaultLevel, requested, fired);
    }
}
