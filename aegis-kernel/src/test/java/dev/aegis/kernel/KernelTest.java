package dev.aegis.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aegis.api.auth.Principal;
import dev.aegis.api.secret.Secret;
import dev.aegis.kernel.config.ConfigError;
import dev.aegis.kernel.config.ConfigException;
import dev.aegis.kernel.plan.Durability;
import dev.aegis.kernel.plan.OnError;
import dev.aegis.kernel.plan.RoutePlan;
import dev.aegis.kernel.plan.Step;
import dev.aegis.kernel.plan.ToolPinning;
import dev.aegis.kernel.plan.ToolsPlan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KernelTest {

    @TempDir
    Path dir;

    record ServerSection(Integer port) {
        ServerSection {
            port = port == null ? 8080 : port;
        }
    }

    private static final String VALID = """
            providers:
              local: {type: echo, config: {model: m1}, labels: {region: eu}, tags: [gdpr]}
            nodes:
              strict: {type: threshold-guard, config: {threshold: 0.9, timeout: 250ms}, on-error: allow}
            routes:
              support:
                models: [gpt-4o-mini]
                ingress: [strict, {type: threshold-guard, config: {threshold: 0.1}}]
                route: labeller
                execute: {providers: [local], retries: 2}
                egress: [threshold-guard]
                durability: every-step
            """;

    @Test
    void assemblesRoutesFromDiscoveredPlugins() throws IOException {
        try (Kernel kernel = Kernel.boot(KernelOptions.of(write(VALID)))) {
            RoutePlan support = kernel.assembly().routes().get("support");
            assertThat(support.models()).containsExactly("support", "gpt-4o-mini");
            assertThat(support.ingress()).extracting(Step::id).containsExactly("ingress.1.strict", "ingress.2.threshold-guard");
            assertThat(support.ingress()).extracting(Step::onError).containsExactly(OnError.ALLOW, OnError.BLOCK);
            assertThat(support.router()).get().extracting(Step::action).isInstanceOf(Step.NodeAction.class);
            assertThat(support.egress()).singleElement().extracting(Step::action).isInstanceOf(Step.GuardAction.class);
            assertThat(support.execute().retries()).isEqualTo(2);
            assertThat(support.execute().providers().getFirst().target().labels()).containsEntry("region", "eu");
            assertThat(support.execute().providers().getFirst().target().tags()).containsExactly("gdpr");
            assertThat(support.durability()).isEqualTo(Durability.EVERY_STEP);
        }
    }

    @Test
    void reportsEveryProblemWithItsPath() throws IOException {
        String broken = """
                providers:
                  local: {type: echo, config: {model: ""}}
                  remote: {type: no-such-provider}
                nodes:
                  strict: {type: threshold-guard, config: {threshold: 3, api-key: {secret: "test:missing"}}}
                routes:
                  support:
                    ingress: [strict, {type: threshold-guard, config: {treshold: 0.2}}, nope]
                    execute: {providers: [local, ghost]}
                """;
        assertThatThrownBy(() -> Kernel.boot(KernelOptions.of(write(broken))))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.errors()).extracting(ConfigError::path).contains(
                        "providers.local.config.model",
                        "providers.remote.type",
                        "nodes.strict.config.api-key",
                        "routes.support.ingress[1].config.treshold",
                        "routes.support.ingress[2]",
                        "routes.support.execute.providers[1]"));
    }

    @Test
    void validationAndSecretErrorsNameTheKeyButNeverASecret() throws IOException {
        String broken = """
                providers:
                  local: {type: echo, config: {model: m}}
                nodes:
                  strict: {type: threshold-guard, config: {threshold: 3, api-key: {secret: "test:missing"}}}
                routes:
                  support: {ingress: [strict], execute: {providers: [local]}}
                """;
        assertThatThrownBy(() -> Kernel.boot(KernelOptions.of(write(broken))))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.errors()).extracting(ConfigError::toString).contains(
                        "nodes.strict.config.threshold: must be less than or equal to 1",
                        "nodes.strict.config.api-key: cannot resolve secret 'test:missing': no test secret named 'missing'"));
    }

    @Test
    void resolvesSecretReferencesAndRefusesLiterals() throws IOException {
        String literal = """
                providers: {local: {type: echo, config: {model: m}}}
                nodes:
                  ok: {type: threshold-guard, config: {api-key: {secret: "test:known"}}}
                  bad: {type: threshold-guard, config: {api-key: "sk-in-clear"}}
                routes: {support: {ingress: [ok, bad], execute: {providers: [local]}}}
                """;
        assertThatThrownBy(() -> Kernel.boot(KernelOptions.of(write(literal))))
                .isInstanceOfSatisfying(ConfigException.class, e -> {
                    assertThat(e.errors()).extracting(ConfigError::path).containsExactly("nodes.bad.config.api-key");
                    assertThat(e.getMessage()).doesNotContain("sk-in-clear").doesNotContain("s3cr3t-value");
                });
    }

    @Test
    void unknownTopLevelKeysAndUnknownSchemesFail() throws IOException {
        String broken = """
                servr: {port: 1}
                providers: {local: {type: echo, config: {model: m}}}
                nodes: {x: {type: threshold-guard, config: {api-key: {secret: "vault:kv/x"}}}}
                routes: {support: {ingress: [x], execute: {providers: [local]}}}
                """;
        assertThatThrownBy(() -> Kernel.boot(KernelOptions.of(write(broken)).withSection("server", ServerSection.class)))
                .isInstanceOfSatisfying(ConfigException.class, e -> {
                    assertThat(e.errors()).extracting(ConfigError::path).containsExactlyInAnyOrder("servr", "nodes.x.config.api-key");
                });
    }

    @Test
    void registeredSectionsBindWithDefaultsAndEnvironmentOverrides() throws IOException {
        Path config = write(VALID + "server: {port: 9000}\n");
        try (Kernel kernel = Kernel.boot(KernelOptions.of(config).withSection("server", ServerSection.class))) {
            assertThat(kernel.assembly().section("server", ServerSection.class).port()).isEqualTo(9000);
        }
        KernelOptions overridden = KernelOptions.of(write(VALID)).withSection("server", ServerSection.class)
                .withEnvironment(Map.of("AEGIS__SERVER__PORT", "9191", "AEGIS__ROUTES__SUPPORT__EXECUTE__RETRIES", "0", "AEGIS_OTHER", "x"));
        try (Kernel kernel = Kernel.boot(overridden)) {
            assertThat(kernel.assembly().section("server", ServerSection.class).port()).isEqualTo(9191);
            assertThat(kernel.assembly().routes().get("support").execute().retries()).isZero();
        }
    }

    record StateSection(java.util.Optional<Secret> encryptionKey) {}

    @Test
    void aRegisteredSectionMayHoldSecretReferences() throws IOException {
        Path config = write(VALID + "state: {encryption-key: {secret: \"test:known\"}}\n");
        try (Kernel kernel = Kernel.boot(KernelOptions.of(config).withSection("state", StateSection.class))) {
            assertThat(kernel.assembly().section("state", StateSection.class).encryptionKey()).contains(Secret.of("s3cr3t-value"));
        }
    }

    @Test
    void aModelNameSelectsOneRouteOnly() throws IOException {
        String clash = """
                providers: {local: {type: echo, config: {model: m}}}
                routes:
                  a: {models: [shared], execute: {providers: [local]}}
                  b: {models: [shared], execute: {providers: [local]}}
                """;
        assertThatThrownBy(() -> Kernel.boot(KernelOptions.of(write(clash))))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.errors()).singleElement()
                        .hasToString("routes.b.models: model 'shared' already selects route 'a'"));
    }

    @Test
    void theRouterSlotTakesPipelineNodesOnly() throws IOException {
        String wrong = """
                providers: {local: {type: echo, config: {model: m}}}
                routes: {a: {route: threshold-guard, execute: {providers: [local]}}}
                """;
        assertThatThrownBy(() -> Kernel.boot(KernelOptions.of(write(wrong))))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.errors()).extracting(ConfigError::path).containsExactly("routes.a.route"));
    }

    @Test
    void aRoutesToolsResolveToSourcesGuardsAndGrants() throws IOException {
        String tools = """
                providers: {local: {type: echo, config: {model: m}}}
                routes:
                  agent:
                    execute: {providers: [local]}
                    capture-content: true
                    tools:
                      sources: [clock-tools]
                      call-guards: [threshold-guard]
                      result-guards: [{type: threshold-guard, config: {threshold: 0.2}}]
                      allow: ['now', 'get_*']
                      grants: [{teams: [ops], tools: ['*']}]
                      max-steps: 3
                      pinning: approve-first-use
                """;
        try (Kernel kernel = Kernel.boot(KernelOptions.of(write(tools)))) {
            assertThat(kernel.assembly().routes().get("agent").captureContent()).isTrue();
            ToolsPlan plan = kernel.assembly().routes().get("agent").tools().orElseThrow();
            assertThat(plan.sources()).extracting(Step::id).containsExactly("tools.1.clock-tools");
            assertThat(plan.callGuards()).extracting(Step::id).containsExactly("tool-call.1.threshold-guard");
            assertThat(plan.resultGuards()).extracting(Step::id).containsExactly("tool-result.1.threshold-guard");
            assertThat(plan.maxSteps()).isEqualTo(3);
            assertThat(plan.pinning()).isEqualTo(ToolPinning.APPROVE_FIRST_USE);
            assertThat(plan.permits("now", Principal.of("ann", "ops"))).isTrue();
            assertThat(plan.permits("now", Principal.of("bob", "sales"))).isFalse();
            assertThat(plan.permits("delete_all", Principal.of("ann", "ops"))).isFalse();
        }
    }

    @Test
    void toolSourcesMustBeToolSourcesAndAtLeastOne() throws IOException {
        String wrong = """
                providers: {local: {type: echo, config: {model: m}}}
                routes:
                  a: {execute: {providers: [local]}, tools: {sources: [labeller]}}
                  b: {execute: {providers: [local]}, tools: {call-guards: [threshold-guard]}}
                  c: {execute: {providers: [local]}, tools: {sources: [clock-tools], max-steps: 0}}
                """;
        assertThatThrownBy(() -> Kernel.boot(KernelOptions.of(write(wrong))))
                .isInstanceOfSatisfying(ConfigException.class, e -> {
                    assertThat(e.errors()).extracting(ConfigError::path)
                            .containsExactlyInAnyOrder("routes.a.tools.sources[0]", "routes.b.tools.sources", "routes.c.tools.max-steps");
                    assertThat(e.getMessage()).contains("not a tool source");
                });
    }

    @Test
    void namedNodesAreCreatedOnceAndShared() throws IOException {
        String shared = """
                providers: {local: {type: echo, config: {model: m}}}
                nodes: {strict: {type: threshold-guard}}
                routes:
                  a: {ingress: [strict], execute: {providers: [local]}}
                  b: {egress: [strict], execute: {providers: [local]}}
                """;
        try (Kernel kernel = Kernel.boot(KernelOptions.of(write(shared)))) {
            Step a = kernel.assembly().routes().get("a").ingress().getFirst();
            Step b = kernel.assembly().routes().get("b").egress().getFirst();
            assertThat(a.action()).isSameAs(b.action());
        }
    }

    private Path write(String yaml) throws IOException {
        Path file = Files.createTempFile(dir, "aegis", ".yaml");
        Files.writeString(file, yaml);
        return file;
    }

    @Test
    void entriesWithAWhenExistOnlyWhenTheirVariableIsSet() throws IOException {
        String conditional = """
                providers:
                  real: {type: echo, config: {model: m}, when: {env: REAL_KEY}}
                  local: {type: echo, config: {model: m}}
                routes:
                  mixed: {execute: {providers: [real, local]}}
                  real-only: {execute: {providers: [real]}, when: {env: REAL_KEY}}
                """;
        Path config = write(conditional);
        try (Kernel off = Kernel.boot(KernelOptions.of(config))) {
            assertThat(off.assembly().providers()).containsOnlyKeys("local");
            assertThat(off.assembly().routes()).containsOnlyKeys("mixed");
            assertThat(off.assembly().routes().get("mixed").execute().providers()).extracting(p -> p.name()).containsExactly("local");
        }
        try (Kernel on = Kernel.boot(KernelOptions.of(config).withEnvironment(Map.of("REAL_KEY", "x")))) {
            assertThat(on.assembly().routes()).containsOnlyKeys("mixed", "real-only");
            assertThat(on.assembly().routes().get("mixed").execute().providers()).extracting(p -> p.name()).containsExactly("real", "local");
        }
    }

    @Test
    void aRouteWhoseProvidersAreAllSwitchedOffIsAnError() throws IOException {
        String orphan = """
                providers: {real: {type: echo, config: {model: m}, when: {env: REAL_KEY}}}
                routes: {lonely: {execute: {providers: [real]}}}
                """;
        assertThatThrownBy(() -> Kernel.boot(KernelOptions.of(write(orphan))))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.errors()).extracting(ConfigError::path)
                        .containsExactly("routes.lonely.execute.providers"));
    }

    @Test
    void routeAccessAdmitsListedPrincipalsTeamsAndRoles() throws IOException {
        String restricted = """
                providers: {local: {type: echo, config: {model: m}}}
                routes: {r: {execute: {providers: [local]}, allow: {teams: [payments], roles: [admin]}}}
                """;
        try (Kernel kernel = Kernel.boot(KernelOptions.of(write(restricted)))) {
            var access = kernel.assembly().routes().get("r").access();
            assertThat(access.admits(dev.aegis.api.auth.Principal.of("a", "payments"))).isTrue();
            assertThat(access.admits(new dev.aegis.api.auth.Principal("b", "support", java.util.Set.of("admin"), Map.of()))).isTrue();
            assertThat(access.admits(dev.aegis.api.auth.Principal.of("c", "support"))).isFalse();
        }
    }

    @Test
    void aMalformedEntryDoesNotHideTheProblemsOfTheOthers() throws IOException {
        String broken = """
                providers:
                  local: {type: echo, config: {model: m, colour: blue}}
                  weird: {type: echo, labels: not-a-map}
                nodes:
                  keyed: {type: threshold-guard, on-error: sometimes}
                routes:
                  support: {execute: {providers: [local], retries: -1}}
                  other: {ingress: [nope], execute: {providers: [local]}}
                """;
        assertThatThrownBy(() -> Kernel.boot(KernelOptions.of(write(broken))))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.errors()).extracting(ConfigError::path).contains(
                        "providers.weird.labels",
                        "nodes.keyed.on-error",
                        "routes.support.execute.retries",
                        "providers.local.config.colour",
                        "routes.other.ingress[0]"));
    }
}
