package dev.aegis.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FakePluginContextTest {

    @Test
    void defaultsToTheTestEntryWithNoLabelsAndAClockStandingStill() {
        FakePluginContext context = FakePluginContext.create();

        assertThat(context.instanceName()).isEqualTo("test");
        assertThat(context.labels()).isEmpty();
        assertThat(context.clock().instant()).isEqualTo(FakePluginContext.EPOCH);
        assertThat(context.clock().instant()).isEqualTo(FakePluginContext.EPOCH);
    }

    @Test
    void createsOneTemporaryDataDirectoryOnFirstUse() {
        FakePluginContext context = FakePluginContext.named("store");

        Path directory = context.dataDirectory();

        assertThat(directory).isDirectory();
        assertThat(directory.getFileName().toString()).startsWith("aegis-store-");
        assertThat(context.dataDirectory()).isEqualTo(directory);
    }

    @Test
    void aGivenDataDirectoryIsCreatedOnDemand(@TempDir Path temp) {
        Path wanted = temp.resolve("nested/data");

        assertThat(FakePluginContext.create().withDataDirectory(wanted).dataDirectory()).isEqualTo(wanted).isDirectory();
    }

    @Test
    void labelsAndClockAreReplacedWithoutChangingTheOriginal() {
        FakePluginContext original = FakePluginContext.named("openai-eu");
        Clock clock = Clock.fixed(Instant.parse("2030-06-01T12:00:00Z"), ZoneOffset.UTC);

        FakePluginContext changed = original.withLabel("region", "eu").withLabel("tier", "gold").withClock(clock);

        assertThat(changed.labels()).containsOnly(java.util.Map.entry("region", "eu"), java.util.Map.entry("tier", "gold"));
        assertThat(changed.clock()).isSameAs(clock);
        assertThat(original.labels()).isEmpty();
        assertThat(original.withLabels(java.util.Map.of("a", "b")).labels()).containsOnlyKeys("a");
    }
}
