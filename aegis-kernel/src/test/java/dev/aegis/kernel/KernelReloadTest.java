package dev.aegis.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aegis.kernel.config.ConfigException;
import dev.aegis.kernel.fixtures.TestPlugins.ClosingEmbedder;
import dev.aegis.kernel.fixtures.TestPlugins.LookupProbe;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link Kernel#reload}: a second load beside the first, carrying what must stay single. */
class KernelReloadTest {

    @TempDir
    Path dir;

    @Test
    void aReloadCreatesNewProvidersButCarriesTheEmbeddersWhichItsPluginsFind() throws IOException {
        KernelOptions options = write("probe-model");
        try (Kernel first = Kernel.boot(options)) {
            write("probe-model-2");
            try (Kernel second = Kernel.reload(options, first)) {
                assertThat(second.assembly().embeddings().get("held")).isSameAs(first.assembly().embeddings().get("held"));
                assertThat(probe(second)).isNotSameAs(probe(first));
                assertThat(probe(second).found()).get().isSameAs(first.assembly().embeddings().get("held"));
                assertThat(second.tree().at("/routes/chat/models/0").asText()).isEqualTo("probe-model-2");
                assertThat(first.tree().at("/routes/chat/models/0").asText()).isEqualTo("probe-model");
                second.adopt(first);
            }
        }
    }

    @Test
    void aCarriedInstanceIsClosedOnceByItsNewOwnerAndNotByTheKernelItCameFrom() throws IOException {
        KernelOptions options = write("probe-model");
        Kernel first = Kernel.boot(options);
        ClosingEmbedder held = (ClosingEmbedder) first.assembly().embeddings().get("held");
        Kernel second = Kernel.reload(options, first);
        second.adopt(first);

        first.close();
        assertThat(held.closings.get()).as("closed with the first load, while the second serves it").isZero();
        second.close();
        second.close();
        assertThat(held.closings.get()).isOne();
    }

    @Test
    void aReloadThatIsNotAdoptedLeavesTheCarriedInstancesToTheFirstKernel() throws IOException {
        KernelOptions options = write("probe-model");
        Kernel first = Kernel.boot(options);
        ClosingEmbedder held = (ClosingEmbedder) first.assembly().embeddings().get("held");

        Kernel.reload(options, first).close();
        assertThat(held.closings.get()).isZero();
        first.close();
        assertThat(held.closings.get()).isOne();
    }

    @Test
    void aBadFileFailsTheReloadWithItsPathsAndLeavesTheFirstKernelAsItWas() throws IOException {
        KernelOptions options = write("probe-model");
        try (Kernel first = Kernel.boot(options)) {
            Files.writeString(options.config(), Files.readString(options.config()).replace("providers: [probe]", "providers: [nowhere]"));

            assertThatThrownBy(() -> Kernel.reload(options, first)).isInstanceOfSatisfying(ConfigException.class,
                    e -> assertThat(e.report(options.config())).contains(options.config() + " is invalid (1 error):",
                            "  routes.chat.execute.providers[0]: unknown provider 'nowhere'"));
            assertThat(((ClosingEmbedder) first.assembly().embeddings().get("held")).closings.get()).isZero();
            assertThat(first.assembly().routes()).containsKey("chat");
        }
    }

    private KernelOptions write(String model) throws IOException {
        Path config = dir.resolve("aegis.yaml");
        Files.writeString(config, """
                data-dir: "%s"
                embeddings:
                  held: {type: closing-embedder}
                providers:
                  probe: {type: lookup-probe, config: {embedder: held}}
                routes:
                  chat: {models: [%s], execute: {providers: [probe]}}
                """.formatted(dir.resolve("data"), model));
        return KernelOptions.of(config);
    }

    private static LookupProbe probe(Kernel kernel) {
        return kernel.assembly().instances().stream().filter(LookupProbe.class::isInstance).map(LookupProbe.class::cast).findFirst().orElseThrow();
    }
}
