package dev.aegis.pack.residency;

import dev.aegis.api.node.PipelineNode;
import dev.aegis.api.state.Event;
import dev.aegis.api.state.Halt;
import dev.aegis.api.state.RunState;
import dev.aegis.api.state.StateDelta;
import dev.aegis.api.state.Target;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Narrows the run's targets to those its data may reach, from the run's classification and data
 * region, and puts those in the run's region first. Records a {@value #EVENT_TYPE} event naming
 * every excluded provider and the requirement it failed; when none is left, refuses the run with
 * {@value #NO_COMPLIANT_TARGET} naming the requirements. Events carry provider names, levels,
 * regions and requirement names only.
 */
final class ResidencyRouter implements PipelineNode {

    static final String EVENT_TYPE = "routing";
    static final String NO_COMPLIANT_TARGET = "no_compliant_target";

    private final String source;
    private final Map<Level, CompiledPolicy> policies;
    private final Level unlabelledLevel;
    private final Optional<String> defaultRegion;
    private final boolean allowRegionLabel;
    private final boolean preferSameRegion;
    private final Regions regions;

    ResidencyRouter(String source, ResidencyConfig config) {
        this.source = source;
        this.regions = new Regions(config.regionAliases());
        Map<Level, CompiledPolicy> compiled = new EnumMap<>(Level.class);
        for (Level level : Level.values()) {
            compiled.put(level, CompiledPolicy.of(level, config.policies().getOrDefault(level, ResidencyConfig.Policy.NONE), regions));
        }
        this.policies = compiled;
        this.unlabelledLevel = config.unlabelledLevel();
        this.defaultRegion = config.defaultRegion();
        this.allowRegionLabel = config.allowRegionLabel();
        this.preferSameRegion = config.preferSameRegion();
    }

    @Override
    public StateDelta apply(RunState state) {
        List<Target> targets = state.targets();
        if (targets.isEmpty()) {
            // nothing to choose from is not a compliance question: the runtime refuses it as no_eligible_target
            return StateDelta.empty();
        }
        DataOrigin origin = DataOrigin.of(state, unlabelledLevel, defaultRegion, allowRegionLabel, regions);
        Selection selection = Selection.select(targets, policies.get(origin.level()), origin.region(), preferSameRegion, regions);
        Map<String, String> attributes = attributes(origin, selection);
        if (selection.isEmpty()) {
            String rules = String.join(", ", selection.violated());
            attributes.put("rule", rules);
            String reason = "no provider may receive " + origin.level().label() + " data from region " + origin.regionOrUnknown()
                    + " (rule" + (selection.violated().size() > 1 ? "s " : " ") + rules + ")";
            return StateDelta.empty()
                    .event(Event.of(source, EVENT_TYPE, "", attributes))
                    .halt(new Halt.Refused(source, NO_COMPLIANT_TARGET, reason));
        }
        String order = selection.kept().stream().map(Target::provider).collect(Collectors.joining(","));
        return StateDelta.of(RunState.TARGETS, selection.kept()).event(Event.of(source, EVENT_TYPE, order, attributes));
    }

    private static Map<String, String> attributes(DataOrigin origin, Selection selection) {
        Map<String, String> attributes = new HashMap<>(12);
        attributes.put("level", origin.level().label());
        attributes.put("level-source", origin.levelSource());
        attributes.put("region", origin.regionOrUnknown());
        attributes.put("region-source", origin.regionSource());
        attributes.put("excluded", selection.excluded());
        return attributes;
    }
}
