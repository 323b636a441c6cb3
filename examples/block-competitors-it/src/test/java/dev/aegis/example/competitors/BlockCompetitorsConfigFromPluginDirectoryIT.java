package dev.aegis.example.competitors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aegis.api.PluginFactory;
import dev.aegis.kernel.Kernel;
import dev.aegis.kernel.config.ConfigBinding;
import dev.aegis.kernel.config.ConfigError;
import dev.aegis.kernel.config.ConfigException;
import dev.aegis.kernel.discovery.PluginKind;
import dev.aegis.kernel.discovery.PluginRegistry;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example's configuration as the gateway binds it: kebab-case keys, unknown keys refused, and
 * the plugin's own Jakarta annotations enforced across the class-loader boundary, each error with
 * its YAML path. The example cannot test this itself: it sees the contracts only.
 */
class BlockCompetitorsConfigFromPluginDirectoryIT {

    @TempDir
    static Path directory;

    static Path plugins;

    @BeforeAll
    static void dropThePlugin() throws Exception {
        plugins = ExamplePlugin.directoryUnder(directory);
    }

    @Test
    void everyKeyBindsFromYaml() {
        Class<? extends Record> type = factory().configType();

        Record config = ConfigBinding.bindYaml(type, "{names: [Acme, Globex], replacement: '[competitor]', case-sensitive: true}");

        assertThat(config).hasToString("BlockCompetitorsConfig[names=[Acme, Globex], replacement=Optional[[competitor]], caseSensitive=true]");
    }

    @Test
    void namesAreTheOnlyRequiredKey() {
        Record config = ConfigBinding.bindYaml(factory().configType(), "names: [Acme]");

        assertThat(config).hasToString("BlockCompetitorsConfig[names=[Acme], replacement=Optional.empty, caseSensitive=false]");
    }

    @Test
    void aRouteWithoutNamesFailsAtLoadWithThePathOfTheKey() {
        assertThatThrownBy(() -> boot("names: []"))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.errors()).extracting(ConfigError::path)
                        .containsExactly("routes.support.ingress[0].config.names"));
    }

    @Test
    void aBlankNameFailsAtLoadWithItsIndex() {
        assertThatThrownBy(() -> boot("names: [Acme, ' ']"))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.errors()).extracting(ConfigError::path)
                        .containsExactly("routes.support.ingress[0].config.names[1]"));
    }

    @Test
    void aMisspelledKeyFailsAtLoad() {
        assertThatThrownBy(() -> boot("names: [Acme], case-sensitve: true"))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.errors()).extracting(ConfigError::path)
                        .containsExactly("routes.support.ingress[0].config.case-sensitve"));
    }

    private static PluginFactory<?, ?> factory() {
        return PluginRegistry.discover(BlockCompetitorsConfigFromPluginDirectoryIT.class.getClassLoader(), Optional.of(plugins))
                .find(PluginKind.GUARDRAIL, "block-competitors").orElseThrow().factory();
    }

    private static void boot(String guardConfig) throws Exception {
        Kernel.boot(Gateway.options(directory, plugins, """
                providers:
                  local: {type: mock}
                routes:
                  support:
                    ingress: [{type: block-competitors, config: {%s}}]
                    execute: {providers: [local]}
                    durability: none
                """.formatted(guardConfig))).close();
    }
}
