package dev.aegis.pack.residency;

import static dev.aegis.pack.residency.Routers.target;
import static org.assertj.core.api.Assertions.assertThat;

import dev.aegis.api.auth.Principal;
import dev.aegis.api.node.PipelineNode;
import dev.aegis.api.state.Halt;
import dev.aegis.api.state.RunState;
import dev.aegis.api.state.Target;
import dev.aegis.testkit.RunStateBuilder;
import dev.aegis.testkit.TestRuns;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Random policies, target sets, levels and regions from a fixed seed, checked against an oracle
 * written independently of the router: the router keeps exactly the compliant targets, same
 * region first, or refuses when there are none.
 */
class ResidencyPropertyTest {

    private static final long SEED = 20250101L;
    private static final List<String> LEVELS = List.of("public", "internal", "confidential", "restricted");
    private static final List<String> REGIONS = List.of("eu", "us", "apac");
    private static final List<String> TAGS = List.of("gdpr", "hipaa", "zero-retention");
    private static final Map<String, String> ALIASES = Map.of("eu-west-1", "eu", "us-east-1", "us");
    private static final String ALIASES_YAML = "region-aliases: {eu-west-1: eu, us-east-1: us}\n";

    private final Random random = new Random(SEED);

    @Test
    void restrictedDataNeverReachesANonCompliantTargetUnderTheReadmePolicies() {
        PipelineNode router = Routers.create(Routers.POLICIES + ALIASES_YAML);
        for (int run = 0; run < 2_000; run++) {
            List<Target> targets = randomTargets();
            String region = pick(REGIONS);
            RunState routed = apply(router, state("restricted", region, targets));

            if (routed.halt().isEmpty()) {
                assertThat(routed.targets()).as("run %d of seed %d", run, SEED).allSatisfy(kept -> {
                    assertThat(regionOf(kept)).isEqualTo(region);
                    assertThat(kept.tags()).contains("zero-retention");
                });
            } else {
                assertThat(targets).as("run %d of seed %d", run, SEED)
                        .noneMatch(t -> region.equals(regionOf(t)) && t.tags().contains("zero-retention"));
            }
        }
    }

    @Test
    void everyKeptTargetSatisfiesThePolicyAndNoCompliantTargetIsDropped() {
        for (int config = 0; config < 100; config++) {
            Map<String, Policy> policies = randomPolicies();
            PipelineNode router = Routers.create(yaml(policies));
            for (int run = 0; run < 40; run++) {
                List<Target> targets = randomTargets();
                String level = pick(LEVELS);
                String region = random.nextInt(5) == 0 ? null : pick(REGIONS);
                RunState state = state(level, region, targets);
                RunState routed = apply(router, state);

                List<Target> expected = expectedOrder(targets, policies.get(level), region);
                String where = "config %d run %d of seed %d: %s %s from %s over %s".formatted(config, run, SEED, policies, level, region, targets);
                if (targets.isEmpty()) {
                    assertThat(routed).as(where + ": no targets is the runtime's no_eligible_target").isSameAs(state);
                } else if (expected.isEmpty()) {
                    assertThat(routed.halt()).as(where).get().isInstanceOfSatisfying(Halt.Refused.class,
                            refused -> assertThat(refused.code()).isEqualTo("no_compliant_target"));
                } else {
                    assertThat(routed.halt()).as(where).isEmpty();
                    assertThat(routed.targets()).as(where).isEqualTo(expected);
                }
            }
        }
    }

    /** The oracle: a policy's meaning restated plainly, then same region first. */
    private static List<Target> expectedOrder(List<Target> targets, Policy policy, String runRegion) {
        List<Target> same = new ArrayList<>();
        List<Target> other = new ArrayList<>();
        for (Target target : targets) {
            String region = regionOf(target);
            boolean compliant = policy == null
                    || (!policy.sameRegion || (runRegion != null && runRegion.equals(region)))
                    && (policy.regions.isEmpty() || policy.regions.contains(region))
                    && target.tags().containsAll(policy.tags);
            if (compliant) {
                (runRegion != null && runRegion.equals(region) ? same : other).add(target);
            }
        }
        same.addAll(other);
        return same;
    }

    private static String regionOf(Target target) {
        String region = target.labels().get("region");
        if (region == null) {
            return null;
        }
        String lowerCase = region.toLowerCase(Locale.ROOT);
        return ALIASES.getOrDefault(lowerCase, lowerCase);
    }

    private List<Target> randomTargets() {
        List<String> regions = List.of("eu", "us", "apac", "eu-west-1", "US-EAST-1", "EU");
        List<Target> targets = new ArrayList<>();
        int count = random.nextInt(7);
        for (int i = 0; i < count; i++) {
            String region = random.nextInt(6) == 0 ? null : pick(regions);
            targets.add(target("p" + i, region, randomSubset(TAGS).toArray(String[]::new)));
        }
        return targets;
    }

    private Map<String, Policy> randomPolicies() {
        Map<String, Policy> policies = new HashMap<>();
        for (String level : LEVELS) {
            if (random.nextInt(4) != 0) {
                policies.put(level, new Policy(random.nextBoolean(), random.nextBoolean() ? Set.of() : randomSubset(REGIONS), randomSubset(TAGS)));
            }
        }
        return policies;
    }

    private static String yaml(Map<String, Policy> policies) {
        StringBuilder yaml = new StringBuilder(ALIASES_YAML + "policies:\n");
        policies.forEach((level, policy) -> yaml.append("  ").append(level).append(": {same-region: ").append(policy.sameRegion)
                .append(", regions: ").append(policy.regions).append(", require-tags: ").append(policy.tags).append("}\n"));
        return policies.isEmpty() ? ALIASES_YAML : yaml.toString();
    }

    private static RunState state(String level, String region, List<Target> targets) {
        Map<String, String> attributes = region == null ? Map.of() : Map.of("region", region);
        RunStateBuilder builder = TestRuns.run().principal(new Principal("p", "t", Set.of(), attributes)).label("classification", level);
        return builder.with(RunState.TARGETS, List.copyOf(targets)).build();
    }

    private static RunState apply(PipelineNode router, RunState state) {
        return state.apply(router.apply(state));
    }

    private Set<String> randomSubset(List<String> values) {
        Set<String> subset = new LinkedHashSet<>();
        for (String value : values) {
            if (random.nextInt(3) == 0) {
                subset.add(value);
            }
        }
        return subset;
    }

    private String pick(List<String> values) {
        return values.get(random.nextInt(values.size()));
    }

    private record Policy(boolean sameRegion, Set<String> regions, Set<String> tags) {}
}
