package dev.aegis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GraphCommandTest {

    @Test
    void printsTheRouteAsMermaidWithItsRefusedAndPausedEdges() {
        CommandLineRun run = CommandLineRun.of("graph", "--config", ValidateCommandTest.EXAMPLE.toString(), "default");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("flowchart", "execute", "ingress_1_house-rules(\"ingress.1.house-rules\")",
                "-.->|block| refused", "-.->|approval| paused", "-.->|failure| failed");
    }

    @Test
    void anUnknownRouteNamesTheKnownOnes() {
        CommandLineRun run = CommandLineRun.of("graph", "--config", ValidateCommandTest.EXAMPLE.toString(), "nope");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("no route named 'nope'", "default");
    }
}
