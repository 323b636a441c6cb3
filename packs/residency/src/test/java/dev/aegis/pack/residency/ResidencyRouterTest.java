package dev.aegis.pack.residency;

import static dev.aegis.pack.residency.Routers.POLICIES;
import static dev.aegis.pack.residency.Routers.providers;
import static dev.aegis.pack.residency.Routers.refusal;
import static dev.aegis.pack.residency.Routers.route;
import static dev.aegis.pack.residency.Routers.routingEvent;
import static dev.aegis.pack.residency.Routers.target;
import static org.assertj.core.api.Assertions.assertThat;

import dev.aegis.api.auth.Principal;
import dev.aegis.api.state.RunState;
import dev.aegis.api.state.Target;
import dev.aegis.testkit.RunStateBuilder;
import dev.aegis.testkit.TestRuns;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ResidencyRouterTest {

    private static final Target US_FULL = target("us-full", "us", "gdpr", "zero-retention");
    private static final Target EU_GDPR = target("eu-gdpr", "eu", "gdpr");
    private static final Target EU_FULL = target("eu-full", "eu", "gdpr", "zero-retention");
    private static final Target APAC_GDPR = target("apac-gdpr", "apac", "gdpr");
    private static final Target UNLABELLED = target("local", null);

    @Test
    void restrictedDataGoesOnlyToSameRegionZeroRetentionTargets() {
        RunState routed = route(POLICIES, run("restricted", "eu").build());

        assertThat(providers(routed)).containsExactly("eu-full");
        assertThat(routed.halt()).isEmpty();
        assertThat(routingEvent(routed).attributes()).containsEntry("excluded",
                "us-full:restricted.same-region,eu-gdpr:restricted.require-tags,apac-gdpr:restricted.same-region,local:restricted.same-region");
    }

    @Test
    void confidentialDataGoesToTheListedRegionsWithTheRequiredTags() {
        RunState routed = route(POLICIES, run("confidential", "us").build());

        assertThat(providers(routed)).containsExactly("us-full", "eu-gdpr", "eu-full");
        assertThat(routingEvent(routed).attributes()).containsEntry("excluded", "apac-gdpr:confidential.regions,local:confidential.regions");
    }

    @Test
    void targetsInTheRunsRegionComeFirstEachGroupKeepingItsOrder() {
        RunState routed = route(POLICIES, run("public", "eu").build());

        assertThat(providers(routed)).containsExactly("eu-gdpr", "eu-full", "us-full", "apac-gdpr", "local");
        assertThat(routingEvent(routed).detail()).isEqualTo("eu-gdpr,eu-full,us-full,apac-gdpr,local");
        assertThat(routingEvent(routed).attributes()).containsEntry("excluded", "");
    }

    @Test
    void withoutPreferringTheSameRegionTheOrderIsKept() {
        RunState routed = route(POLICIES + "prefer-same-region: false", run("public", "eu").build());

        assertThat(providers(routed)).containsExactly("us-full", "eu-gdpr", "eu-full", "apac-gdpr", "local");
    }

    @Test
    void whenNoTargetIsCompliantTheRunIsRefusedNamingTheRule() {
        RunState routed = route(POLICIES, run("restricted", "apac").build());

        assertThat(refusal(routed)).satisfies(refused -> {
            assertThat(refused.code()).isEqualTo("no_compliant_target");
            assertThat(refused.source()).isEqualTo(Routers.STEP);
            assertThat(refused.reason()).isEqualTo("no provider may receive restricted data from region apac (rules restricted.same-region, restricted.require-tags)");
        });
        assertThat(routingEvent(routed).attributes()).containsEntry("rule", "restricted.same-region, restricted.require-tags");
        assertThat(providers(routed)).as("targets untouched: the run ends here").hasSize(5);
    }

    @Test
    void aRefusalByOneRuleNamesItInTheSingular() {
        RunState routed = route(POLICIES, run("confidential", "eu").targets(APAC_GDPR, UNLABELLED).build());

        assertThat(refusal(routed).reason()).isEqualTo("no provider may receive confidential data from region eu (rule confidential.regions)");
    }

    @Test
    void anUnlabelledRunIsTreatedAsTheUnlabelledLevel() {
        String policies = "policies: {internal: {regions: [eu]}}\n";

        assertThat(providers(route(policies, run(null, "eu").build()))).containsExactly("eu-gdpr", "eu-full");
        assertThat(routingEvent(route(policies, run(null, "eu").build())).attributes())
                .containsEntry("level", "internal").containsEntry("level-source", "unlabelled");
        assertThat(providers(route(policies + "unlabelled-level: public", run(null, "eu").build()))).hasSize(5);
    }

    @Test
    void aClassificationThatNamesNoLevelIsTreatedAsRestricted() {
        RunState routed = route(POLICIES, run("top-secret", "eu").build());

        assertThat(providers(routed)).containsExactly("eu-full");
        assertThat(routingEvent(routed).attributes()).containsEntry("level", "restricted").containsEntry("level-source", "unrecognised");
    }

    @Test
    void aLevelWithoutAPolicyMayGoAnywhere() {
        assertThat(providers(route(POLICIES, run("internal", "us").build()))).containsExactly("us-full", "eu-gdpr", "eu-full", "apac-gdpr", "local");
    }

    @Test
    void thePrincipalsRegionWinsOverARequestLabelWhichCountsOnlyWhenAllowed() {
        RunState labelledEu = run("restricted", "us").label("region", "eu").build();
        RunState labelledOnly = TestRuns.run().label("classification", "restricted").label("region", "eu").targets(EU_FULL, US_FULL).build();

        assertThat(providers(route(POLICIES + "allow-region-label: true", labelledEu))).containsExactly("us-full");
        assertThat(providers(route(POLICIES + "allow-region-label: true", labelledOnly))).containsExactly("eu-full");
        assertThat(refusal(route(POLICIES, labelledOnly)).reason()).contains("from region unknown");
    }

    @Test
    void theDefaultRegionAppliesWhenNothingElseGivesOne() {
        RunState unknownRegion = TestRuns.run().label("classification", "restricted").targets(EU_FULL, US_FULL).build();
        RunState routed = route(POLICIES + "default-region: us", unknownRegion);

        assertThat(providers(routed)).containsExactly("us-full");
        assertThat(routingEvent(routed).attributes()).containsEntry("region", "us").containsEntry("region-source", "default");
    }

    @Test
    void regionAliasesApplyToTheRunTheTargetsAndThePolicies() {
        String yaml = """
                policies: {restricted: {same-region: true}, confidential: {regions: [Frankfurt]}}
                region-aliases: {eu-central-1: eu, Frankfurt: EU}
                """;
        Target frankfurt = target("frankfurt", "eu-central-1");

        assertThat(providers(route(yaml, run("restricted", "EU").targets(frankfurt, US_FULL).build()))).containsExactly("frankfurt");
        assertThat(providers(route(yaml, run("confidential", "us").targets(US_FULL, frankfurt, EU_FULL).build()))).containsExactly("frankfurt", "eu-full");
    }

    @Test
    void aRunWithNoTargetsIsLeftToTheRuntime() {
        assertThat(Routers.create(POLICIES).apply(run("restricted", "eu").targets().build()).isEmpty()).isTrue();
    }

    @Test
    void theEventCarriesLevelsRegionsAndProviderNamesButNoTextOfTheRequest() {
        RunState routed = route(POLICIES, run("restricted", "eu").user("the Initech merger").build());

        assertThat(routingEvent(routed).source()).isEqualTo(Routers.STEP);
        assertThat(routingEvent(routed).attributes()).containsOnlyKeys("level", "level-source", "region", "region-source", "excluded");
        assertThat(routingEvent(routed).toString()).doesNotContain("Initech");
    }

    @Test
    void routingTheSameRunTwiceGivesTheSameResult() {
        RunState run = run("confidential", "eu").build();
        RunState first = route(POLICIES, run);
        RunState second = route(POLICIES, run);

        assertThat(first.targets()).isEqualTo(second.targets());
        assertThat(routingEvent(first).attributes()).isEqualTo(routingEvent(second).attributes());
    }

    /** A run of {@code level} (unlabelled when null) for a principal in {@code region}, with all five targets. */
    private static RunStateBuilder run(String level, String region) {
        RunStateBuilder builder = TestRuns.run()
                .principal(new Principal("ann", "team", Set.of(), Map.of("region", region)))
                .targets(US_FULL, EU_GDPR, EU_FULL, APAC_GDPR, UNLABELLED);
        return level == null ? builder : builder.label("classification", level);
    }
}
