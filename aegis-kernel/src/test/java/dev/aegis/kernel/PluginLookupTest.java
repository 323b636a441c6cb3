package dev.aegis.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aegis.api.vector.EmbeddingProvider;
import dev.aegis.kernel.config.ConfigError;
import dev.aegis.kernel.config.ConfigException;
import dev.aegis.kernel.fixtures.TestPlugins.LookupProbe;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code PluginContext.lookup}: entries created later reach embedders by name; routes name embedders checked at load. */
class PluginLookupTest {

    @TempDir
    Path dir;

    @Test
    void aProviderCreatedAfterTheEmbeddersFindsOneByItsEntryName() throws IOException {
        try (Kernel kernel = boot("""
                embeddings:
                  small: {type: fixed-embedder, config: {dimensions: 3}}
                  large: {type: fixed-embedder, config: {dimensions: 7}}
                providers:
                  probe: {type: lookup-probe, config: {embedder: large}}
                routes:
                  chat: {execute: {providers: [probe], embeddings: [small]}}
                """)) {
            LookupProbe probe = probe(kernel);

            assertThat(probe.found()).get().extracting(EmbeddingProvider::dimensions).isEqualTo(7);
            assertThat(probe.found().get()).isSameAs(kernel.assembly().embeddings().get("large"));
            assertThat(probe.embedders()).containsExactly("small", "large");
            assertThat(kernel.assembly().routes().get("chat").execute().embedders()).singleElement()
                    .satisfies(binding -> assertThat(binding.embedder()).isSameAs(kernel.assembly().embeddings().get("small")));
        }
    }

    @Test
    void anUnknownNameFindsNothing() throws IOException {
        try (Kernel kernel = boot("""
                embeddings:
                  small: {type: fixed-embedder}
                providers:
                  probe: {type: lookup-probe, config: {embedder: nowhere}}
                routes:
                  chat: {execute: {providers: [probe]}}
                """)) {
            assertThat(probe(kernel).found()).isEmpty();
        }
    }

    @Test
    void aRouteNamingAnUnknownEmbedderFailsAtLoadWithItsPath() {
        assertThatThrownBy(() -> boot("""
                embeddings:
                  small: {type: fixed-embedder}
                routes:
                  search: {execute: {embeddings: [ghost, small]}}
                """))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.errors()).singleElement().satisfies(error -> {
                    assertThat(error.path()).isEqualTo("routes.search.execute.embeddings[0]");
                    assertThat(error.message()).contains("unknown embedder 'ghost'", "small");
                }));
    }

    private Kernel boot(String yaml) throws IOException {
        Path config = dir.resolve("aegis.yaml");
        Files.writeString(config, "data-dir: \"" + dir.resolve("data") + "\"\n" + yaml);
        return Kernel.boot(KernelOptions.of(config));
    }

    private static LookupProbe probe(Kernel kernel) {
        List<LookupProbe> probes = kernel.assembly().instances().stream().filter(LookupProbe.class::isInstance).map(LookupProbe.class::cast).toList();
        assertThat(probes).hasSize(1);
        return probes.getFirst();
    }
}
