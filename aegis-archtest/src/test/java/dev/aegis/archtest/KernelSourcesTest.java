package dev.aegis.archtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KernelSourcesTest {

    private final List<CapabilityWords.Mention> mentions = CapabilityWords.findIn(KernelSources.locate());

    @Test
    void theKernelsMainSourcesNameNoCapability() {
        assertThat(mentions)
                .as("capability words in aegis-kernel/src/main; the kernel knows nothing about what a pipeline does")
                .isEmpty();
    }

    @Test
    void theScanFindsCapabilityWordsInAnyCaseWithTheirLines(@TempDir Path sources) throws IOException {
        Path file = Files.createDirectories(sources.resolve("java/dev/aegis/kernel")).resolve("Router.java");
        Files.writeString(file, """
                package dev.aegis.kernel;
                class PiiMasker {
                    // prefer OpenAI for the EU budget
                }
                """);

        assertThat(CapabilityWords.findIn(sources)).extracting(Object::toString).containsExactly(
                "java/dev/aegis/kernel/Router.java:2: pii",
                "java/dev/aegis/kernel/Router.java:2: mask",
                "java/dev/aegis/kernel/Router.java:3: budget",
                "java/dev/aegis/kernel/Router.java:3: openai");
    }

    @Test
    void aMissingSourceDirectoryFailsLoudly(@TempDir Path empty) {
        assertThatThrownBy(() -> KernelSources.locate(empty.resolve("aegis-kernel/src/main")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(KernelSources.PROPERTY);
    }
}
