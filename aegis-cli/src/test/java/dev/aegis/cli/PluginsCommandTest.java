package dev.aegis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PluginsCommandTest {

    @Test
    void listsEveryBundledPluginWithKindOriginAndConfigKeys() {
        CommandLineRun run = CommandLineRun.of("plugins", "--plugins-dir", "does-not-exist");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).containsPattern("model-provider\\s+mock\\s+classpath:");
        assertThat(run.out()).containsPattern("secret-provider\\s+env\\s+classpath:");
        assertThat(run.out()).containsPattern("secret-provider\\s+file\\s+classpath:");
        assertThat(run.out()).containsPattern("guardrail\\s+regex-guard\\s+classpath:");
        assertThat(run.out()).contains("config: rules (List<Rule>), targets (Set<ScanTarget>), window (Integer)");
        // the packs and the tool source ship in the jar: a governed route runs without a plugin directory
        assertThat(run.out()).containsPattern("guardrail\\s+pii-mask\\s+classpath:");
        assertThat(run.out()).containsPattern("guardrail\\s+pii-unmask\\s+classpath:");
        assertThat(run.out()).containsPattern("pipeline-node\\s+classify\\s+classpath:");
        assertThat(run.out()).containsPattern("pipeline-node\\s+residency-router\\s+classpath:");
        assertThat(run.out()).containsPattern("pipeline-node\\s+budgets\\s+classpath:");
        assertThat(run.out()).containsPattern("pipeline-node\\s+retrieve\\s+classpath:");
        assertThat(run.out()).containsPattern("pipeline-node\\s+mcp\\s+classpath:");
        assertThat(run.out()).containsPattern("telemetry-exporter\\s+otlp\\s+classpath:");
    }
}
