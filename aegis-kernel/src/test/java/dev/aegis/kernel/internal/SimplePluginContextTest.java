package dev.aegis.kernel.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimplePluginContextTest {

    @TempDir
    Path data;

    @Test
    void theDataDirectoryIsMadeWhenFirstAskedFor() {
        Path own = data.resolve("fresh").resolve("team-budget");
        SimplePluginContext context = new SimplePluginContext("team-budget", Map.of(), own, Clock.systemUTC());
        assertThat(own).doesNotExist();

        assertThat(context.dataDirectory()).isEqualTo(own);
        assertThat(Files.isDirectory(own)).isTrue();
    }
}
