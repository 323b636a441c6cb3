package dev.aegis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aegis.api.ContractsVersion;
import dev.aegis.installer.UnitManifest;
import dev.aegis.kernel.discovery.DiscoveredPlugin;
import dev.aegis.kernel.discovery.PluginKind;
import dev.aegis.kernel.discovery.PluginRegistry;
import dev.aegis.testkit.PluginRepository;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code aegis plugins install / list / remove} against a Maven repository in a directory: real
 * resolution, real jars, real discovery; nothing from the network.
 */
class PluginsInstallCommandTest {

    private static final String EXAMPLE = PluginRepository.GROUP + ":block-competitors:1.0.0";

    @TempDir
    static Path shared;

    static PluginRepository repository;
    static Path exampleJar;

    @TempDir
    Path dir;

    Path plugins;
    Path localRepository;

    @BeforeAll
    static void publish() throws IOException {
        repository = new PluginRepository(Files.createDirectories(shared.resolve("repository")));
        exampleJar = PluginRepository.exampleJar(Files.createDirectories(shared.resolve("example")));
        Path noPlugin = PluginRepository.jarWithoutPlugin(Files.createDirectories(shared.resolve("no-plugin")));
        repository.publish("block-competitors", "1.0.0", exampleJar, PluginRepository.providedContracts());
        repository.publish("block-competitors", "9.0.0", exampleJar, PluginRepository.providedContracts("9.0.0"));
        repository.publish("competitor-names", "2.1.0", noPlugin, "");
        repository.publish("not-a-plugin", "1.0.0", noPlugin, PluginRepository.providedContracts());
        repository.publish("block-competitors-undeclared", "1.0.0", exampleJar, "");
        // the contracts in compile scope, and a library: the library is installed beside the plugin, the contracts never
        repository.publish("aegis-plugin-competitors-plus", "1.0.0", exampleJar, """
                    <dependency><groupId>dev.aegis</groupId><artifactId>aegis-api</artifactId><version>%s</version></dependency>
                    <dependency><groupId>%s</groupId><artifactId>competitor-names</artifactId><version>2.1.0</version></dependency>
                """.formatted(ContractsVersion.current().text(), PluginRepository.GROUP));
    }

    @BeforeEach
    void directories() {
        plugins = dir.resolve("plugins");
        localRepository = dir.resolve("local-repository");
    }

    @Test
    void installsTheExampleIntoItsOwnDirectoryWithAManifestAndDiscoveryFindsTheGuard() throws IOException {
        CommandLineRun run = install(EXAMPLE);

        assertThat(run.exitCode()).as(run.err()).isZero();
        Path unit = plugins.resolve("block-competitors");
        assertThat(run.out()).contains("installed " + EXAMPLE + " into " + unit + " (1 jar, contracts " + ContractsVersion.current() + ")")
                .contains("  guardrail block-competitors");
        assertThat(jarsIn(unit)).containsExactly("block-competitors-1.0.0.jar");
        UnitManifest manifest = UnitManifest.read(unit).orElseThrow();
        assertThat(manifest.coordinates().toString()).isEqualTo(EXAMPLE);
        assertThat(manifest.contractsVersion()).isEqualTo(ContractsVersion.current().text());
        assertThat(manifest.repositories()).first().isEqualTo(repository.uri().toString());
        assertThat(manifest.jars()).containsExactlyEntriesOf(Map.of("block-competitors-1.0.0.jar", PluginRepository.sha256(exampleJar)));
        DiscoveredPlugin guard = PluginRegistry.discover(getClass().getClassLoader(), Optional.of(plugins))
                .find(PluginKind.GUARDRAIL, "block-competitors").orElseThrow();
        assertThat(guard.origin()).isEqualTo(unit.toString());
        assertThat(guard.factory().getClass().getClassLoader().getName()).isEqualTo("aegis-plugin:block-competitors");
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void installsTheRuntimeDependenciesButNeverTheContractsTheGatewayProvides() throws IOException {
        CommandLineRun run = install(PluginRepository.GROUP + ":aegis-plugin-competitors-plus:1.0.0");

        assertThat(run.exitCode()).as(run.err()).isZero();
        // the name drops the aegis- prefix alone, as the release names its plugin directories
        assertThat(jarsIn(plugins.resolve("plugin-competitors-plus")))
                .containsExactlyInAnyOrder("aegis-plugin-competitors-plus-1.0.0.jar", "competitor-names-2.1.0.jar");
        assertThat(UnitManifest.read(plugins.resolve("plugin-competitors-plus")).orElseThrow().jars()).hasSize(2);
    }

    @Test
    void refusesAPluginBuiltAgainstIncompatibleContractsAndLeavesNothing() throws IOException {
        CommandLineRun run = install(PluginRepository.GROUP + ":block-competitors:9.0.0");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith("aegis plugins install refused [incompatible-contracts]: " + PluginRepository.GROUP
                + ":block-competitors:9.0.0 is built against dev.aegis:aegis-api 9.0.0; this gateway's contracts are " + ContractsVersion.current());
        assertThat(plugins.resolve("block-competitors")).doesNotExist();
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void refusesAnArtifactWithNoPlugin() throws IOException {
        CommandLineRun run = install(PluginRepository.GROUP + ":not-a-plugin:1.0.0");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith("aegis plugins install refused [no-plugin]: " + PluginRepository.GROUP
                + ":not-a-plugin:1.0.0 contains no Aegis plugin: not-a-plugin-1.0.0.jar has no META-INF/services/dev.aegis.api.AegisPlugin");
        assertThat(plugins.resolve("not-a-plugin")).doesNotExist();
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void refusesAPluginWhosePomDeclaresNoContracts() {
        CommandLineRun run = install(PluginRepository.GROUP + ":block-competitors-undeclared:1.0.0");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith("aegis plugins install refused [no-contracts-dependency]: ");
        assertThat(plugins.resolve("block-competitors-undeclared")).doesNotExist();
    }

    @Test
    void refusesCoordinatesNoRepositoryHasNamingTheArtifactAndTheRepositories() {
        CommandLineRun run = install(PluginRepository.GROUP + ":block-competitors:1.2.3", "--offline");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith("aegis plugins install refused [unresolvable]: cannot resolve " + PluginRepository.GROUP
                + ":block-competitors:1.2.3 from repository-1 (" + repository.uri() + "), central (https://repo.maven.apache.org/maven2/)");
        assertThat(plugins.resolve("block-competitors")).doesNotExist();
    }

    @Test
    void refusesCoordinatesThatAreNotGroupArtifactVersion() {
        CommandLineRun run = install("block-competitors");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith("aegis plugins install refused [bad-coordinates]: 'block-competitors' is not GROUP:ARTIFACT:VERSION");
    }

    @Test
    void refusesAnExistingDirectoryUnlessForced() throws IOException {
        assertThat(install(EXAMPLE).exitCode()).isZero();
        Path stray = Files.writeString(plugins.resolve("block-competitors").resolve("stray.jar"), "not from the install");

        CommandLineRun again = install(EXAMPLE);
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.err()).startsWith("aegis plugins install refused [already-installed]: " + plugins.resolve("block-competitors")
                + " already exists (" + EXAMPLE + "); pass --force to replace it");
        assertThat(stray).exists();

        CommandLineRun forced = install(EXAMPLE, "--force");
        assertThat(forced.exitCode()).as(forced.err()).isZero();
        assertThat(stray).doesNotExist();
        assertThat(jarsIn(plugins.resolve("block-competitors"))).containsExactly("block-competitors-1.0.0.jar");
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void listShowsCoordinatesContractsWhatEachInstalledUnitProvidesAndJarsChangedSinceInstall() throws IOException {
        assertThat(install(EXAMPLE).exitCode()).isZero();

        CommandLineRun list = CommandLineRun.of("plugins", "list", "--plugins-dir", plugins.toString());

        assertThat(list.exitCode()).as(list.err()).isZero();
        assertThat(list.out()).containsPattern("guardrail\\s+regex-guard\\s+classpath:");
        assertThat(list.out()).containsPattern("guardrail\\s+block-competitors\\s+" + Pattern.quote(plugins.resolve("block-competitors").toString()));
        assertThat(list.out()).containsPattern("INSTALLED\\s+COORDINATES");
        assertThat(list.out()).containsPattern("block-competitors\\s+" + Pattern.quote(EXAMPLE + "  contracts " + ContractsVersion.current()));
        assertThat(list.out()).contains("provides: guardrail block-competitors");
        assertThat(list.out()).contains("jars: 1, as installed");

        Files.writeString(plugins.resolve("block-competitors").resolve("extra.jar"), "dropped in later");
        assertThat(CommandLineRun.of("plugins", "list", "--plugins-dir", plugins.toString()).out())
                .contains("jars: 1, changed since install: extra.jar");
    }

    @Test
    void listSaysSoWhenNothingWasInstalled() {
        CommandLineRun list = CommandLineRun.of("plugins", "list", "--plugins-dir", plugins.toString());

        assertThat(list.exitCode()).isZero();
        assertThat(list.out()).contains("no plugins installed with aegis plugins install");
    }

    @Test
    void removeDeletesAnInstalledUnitAndRefusesWhatInstallDidNotWrite() throws IOException {
        assertThat(install(EXAMPLE).exitCode()).isZero();
        Files.createDirectories(plugins.resolve("by-hand"));

        CommandLineRun removed = CommandLineRun.of("plugins", "remove", "block-competitors", "--plugins-dir", plugins.toString());
        assertThat(removed.exitCode()).as(removed.err()).isZero();
        assertThat(removed.out()).startsWith("removed " + EXAMPLE + " from " + plugins.resolve("block-competitors"));
        assertThat(plugins.resolve("block-competitors")).doesNotExist();
        assertThat(leftovers()).isEmpty();

        CommandLineRun again = CommandLineRun.of("plugins", "remove", "block-competitors", "--plugins-dir", plugins.toString());
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.err()).startsWith("aegis plugins remove refused [not-installed]: no plugin 'block-competitors' is installed in " + plugins);

        CommandLineRun byHand = CommandLineRun.of("plugins", "remove", "by-hand", "--plugins-dir", plugins.toString());
        assertThat(byHand.exitCode()).isEqualTo(1);
        assertThat(byHand.err()).startsWith("aegis plugins remove refused [not-installed]: " + plugins.resolve("by-hand")
                + " was not installed by aegis plugins install");
        assertThat(plugins.resolve("by-hand")).exists();

        assertThat(CommandLineRun.of("plugins", "remove", "..", "--plugins-dir", plugins.toString()).err())
                .startsWith("aegis plugins remove refused [not-installed]: '..' is not the name of an installed plugin directory");
    }

    private CommandLineRun install(String coordinates, String... more) {
        List<String> args = new ArrayList<>(List.of("plugins", "install", coordinates, "--repository", repository.uri().toString(),
                "--local-repository", localRepository.toString(), "--plugins-dir", plugins.toString()));
        args.addAll(List.of(more));
        return CommandLineRun.of(args.toArray(String[]::new));
    }

    private static List<String> jarsIn(Path unit) throws IOException {
        try (Stream<Path> files = Files.list(unit)) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".jar")).sorted().toList();
        }
    }

    // staging and removal directories of the installer
    private List<String> leftovers() throws IOException {
        if (!Files.isDirectory(plugins)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(plugins)) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.startsWith(".")).toList();
        }
    }
}
