package dev.aegis.pack.residency;

import dev.aegis.api.node.PipelineNode;
import dev.aegis.api.state.Event;
import dev.aegis.api.state.Halt;
import dev.aegis.api.state.RunState;
import dev.aegis.api.state.Target;
import dev.aegis.kernel.config.ConfigBinding;
import dev.aegis.testkit.FakePluginContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A {@code residency-router} from YAML, targets to route between, and what a run looks like after routing. */
final class Routers {

    static final String STEP = "route.residency-router";

    /** The policies of the pack's README. */
    static final String POLICIES = """
            policies:
              restricted: {same-region: true, require-tags: [zero-retention]}
              confidential: {regions: [eu, us], require-tags: [gdpr]}
              public: {}
            """;

    private Routers() {}

    static PipelineNode create(String yaml) {
        return new ResidencyRouterFactory().create(ConfigBinding.bindYaml(ResidencyConfig.class, yaml), FakePluginContext.named(STEP));
    }

    static RunState route(String yaml, RunState state) {
        return state.apply(create(yaml).apply(state));
    }

    /** A target in {@code region} (none when null) carrying {@code tags}. */
    static Target target(String provider, String region, String... tags) {
        Map<String, String> labels = new HashMap<>();
        if (region != null) {
            labels.put("region", region);
        }
        return new Target(provider, labels, Set.of(tags));
    }

    static List<String> providers(RunState state) {
        return state.targets().stream().map(Target::provider).toList();
    }

    static Event routingEvent(RunState state) {
        return state.events().stream().filter(event -> event.type().equals(ResidencyRouter.EVENT_TYPE)).reduce((first, second) -> second).orElseThrow();
    }

    static Halt.Refused refusal(RunState state) {
        return (Halt.Refused) state.halt().orElseThrow();
    }
}
