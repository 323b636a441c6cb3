package dev.aegis.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aegis.api.state.Usage;
import dev.aegis.api.telemetry.RunSummary;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecordingTelemetryExporterTest {

    @Test
    void keepsEverySummaryAndFindsOneByRun() {
        RecordingTelemetryExporter exporter = new RecordingTelemetryExporter();
        RunSummary first = summary("run-1");
        RunSummary second = summary("run-2");

        exporter.export(first);
        exporter.export(second);

        assertThat(exporter.summaries()).containsExactly(first, second);
        assertThat(exporter.summaryOf("run-2")).contains(second);
        assertThat(exporter.summaryOf("run-3")).isEmpty();
    }

    @Test
    void countsCloses() {
        RecordingTelemetryExporter exporter = new RecordingTelemetryExporter();
        assertThat(exporter.isClosed()).isFalse();

        exporter.close();

        assertThat(exporter.isClosed()).isTrue();
        assertThat(exporter.closeCount()).isEqualTo(1);
    }

    private static RunSummary summary(String runId) {
        return new RunSummary(runId, "test", "tester", "completed", Duration.ofMillis(5), Usage.ZERO, List.of());
    }
}
