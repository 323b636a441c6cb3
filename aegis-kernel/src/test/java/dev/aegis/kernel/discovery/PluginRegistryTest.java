package dev.aegis.kernel.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aegis.api.NoConfig;
import dev.aegis.api.PluginContext;
import dev.aegis.api.guard.Guardrail;
import dev.aegis.api.guard.GuardrailFactory;
import dev.aegis.api.guard.Verdict;
import dev.aegis.kernel.config.ConfigException;
import dev.aegis.kernel.fixtures.dropin.DropInPlugin;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PluginRegistryTest {

    @TempDir
    Path pluginDirectory;

    @Test
    void findsClasspathPluginsAndSaysWhereTheyCameFrom() {
        PluginRegistry registry = PluginRegistry.discover(getClass().getClassLoader(), Optional.empty());

        assertThat(registry.find(PluginKind.GUARDRAIL, "threshold-guard")).get()
                .satisfies(plugin -> assertThat(plugin.origin()).startsWith("classpath"));
        assertThat(registry.names(PluginKind.MODEL_PROVIDER)).contains("echo");
        assertThat(registry.find(PluginKind.GUARDRAIL, "drop-in-guard")).isEmpty();
    }

    @Test
    void aDroppedInJarIsFoundAndSeesOnlyTheContracts() throws Exception {
        Path jar = packDropIn(pluginDirectory.resolve("drop-in.jar"));

        PluginRegistry registry = PluginRegistry.discover(getClass().getClassLoader(), Optional.of(pluginDirectory));

        DiscoveredPlugin plugin = registry.find(PluginKind.GUARDRAIL, "drop-in-guard").orElseThrow();
        assertThat(plugin.origin()).isEqualTo(jar.toString());
        ClassLoader loader = plugin.factory().getClass().getClassLoader();
        assertThat(loader).isNotSameAs(getClass().getClassLoader());
        assertThat(loader.loadClass(Guardrail.class.getName())).isSameAs(Guardrail.class);
        assertThatThrownBy(() -> loader.loadClass("dev.aegis.kernel.Kernel")).isInstanceOf(ClassNotFoundException.class);
        assertThatThrownBy(() -> loader.loadClass("com.fasterxml.jackson.databind.ObjectMapper")).isInstanceOf(ClassNotFoundException.class);
    }

    @Test
    void aDirectoryOfJarsIsOnePlugin() throws Exception {
        Path unit = Files.createDirectory(pluginDirectory.resolve("drop-in"));
        packDropIn(unit.resolve("drop-in-1.0.jar"));
        Files.createDirectory(pluginDirectory.resolve("sources-without-jars"));

        PluginRegistry registry = PluginRegistry.discover(getClass().getClassLoader(), Optional.of(pluginDirectory));

        assertThat(registry.find(PluginKind.GUARDRAIL, "drop-in-guard")).get()
                .extracting(DiscoveredPlugin::origin).isEqualTo(unit.toString());
    }

    @Test
    void twoPluginsWithOneNameFailNamingBothOrigins() {
        DiscoveredPlugin first = new DiscoveredPlugin(PluginKind.GUARDRAIL, "same", guard("same"), "a.jar");
        GuardrailFactory<NoConfig> other = new GuardrailFactory<>() {
            public String name() { return "same"; }
            public Class<NoConfig> configType() { return NoConfig.class; }
            public Guardrail create(NoConfig config, PluginContext context) { return (content, state) -> Verdict.allow(); }
        };
        DiscoveredPlugin second = new DiscoveredPlugin(PluginKind.GUARDRAIL, "same", other, "b.jar");

        assertThatThrownBy(() -> PluginRegistry.of(List.of(first, second)))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("two guardrail plugins are named 'same'")
                .hasMessageContaining("a.jar").hasMessageContaining("b.jar");
    }

    @Test
    void namesMustBeKebabCase() {
        DiscoveredPlugin shouting = new DiscoveredPlugin(PluginKind.GUARDRAIL, "Block_Stuff", guard("Block_Stuff"), "x.jar");

        assertThatThrownBy(() -> PluginRegistry.of(List.of(shouting)))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("'Block_Stuff' from x.jar is not kebab-case");
    }

    private static GuardrailFactory<NoConfig> guard(String name) {
        return new GuardrailFactory<>() {
            public String name() { return name; }
            public Class<NoConfig> configType() { return NoConfig.class; }
            public Guardrail create(NoConfig config, PluginContext context) { return (content, state) -> Verdict.allow(); }
        };
    }

    private static Path packDropIn(Path jar) throws IOException, URISyntaxException {
        Path classes = Path.of(DropInPlugin.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path packageDirectory = classes.resolve("dev/aegis/kernel/fixtures/dropin");
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file);
                Stream<Path> classFiles = Files.list(packageDirectory)) {
            for (Path classFile : classFiles.toList()) {
                out.putNextEntry(new JarEntry(classes.relativize(classFile).toString().replace('\\', '/')));
                out.write(Files.readAllBytes(classFile));
                out.closeEntry();
            }
            out.putNextEntry(new JarEntry("META-INF/services/dev.aegis.api.AegisPlugin"));
            out.write((DropInPlugin.class.getName() + "\n").getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        return jar;
    }
}
