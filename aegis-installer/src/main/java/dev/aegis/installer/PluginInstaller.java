package dev.aegis.installer;

import dev.aegis.api.ContractsVersion;
import dev.aegis.kernel.config.ConfigException;
import dev.aegis.kernel.discovery.DiscoveredPlugin;
import dev.aegis.kernel.discovery.PluginRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Installs a plugin and its run-time dependencies from Maven repositories into
 * {@code <plugin directory>/<unit name>/}, where discovery gives it a class loader of its own.
 * Everything happens in a staging directory inside the plugin directory (which discovery skips: it
 * holds a directory, not jars) and is moved into place in one rename, so a refusal leaves nothing.
 */
public final class PluginInstaller {

    /**
     * What the gateway's own class loader gives every plugin (see the kernel's ApiOnlyClassLoader):
     * never copied into a unit, since the gateway's copy would win anyway.
     */
    static final List<String> PROVIDED_BY_THE_GATEWAY = List.of(
            "dev.aegis:aegis-api",
            "jakarta.validation:jakarta.validation-api",
            "io.opentelemetry:opentelemetry-api",
            "io.opentelemetry:opentelemetry-context",
            "org.jspecify:jspecify");

    private final ClassLoader gateway;
    private final ContractsVersion contracts;
    private final Clock clock;

    /**
     * @param gateway the class loader whose plugins the new one must not clash with
     * @param contracts the contracts of the gateway that will load the plugin
     */
    public PluginInstaller(ClassLoader gateway, ContractsVersion contracts, Clock clock) {
        this.gateway = gateway;
        this.contracts = contracts;
        this.clock = clock;
    }

    /**
     * Resolves, checks, stages and moves the plugin into place.
     *
     * @throws InstallException with the reason's code; the plugin directory is then as it was
     */
    public InstalledUnit install(InstallRequest request) {
        Path target = request.target();
        if (Files.exists(target) && !request.force()) {
            throw new InstallException(InstallException.ALREADY_INSTALLED, target + " already exists"
                    + UnitManifest.read(target).map(manifest -> " (" + manifest.coordinates() + ")").orElse("")
                    + "; pass --force to replace it, or remove it first");
        }
        Path staging = null;
        try (MavenArtifacts maven = MavenArtifacts.open(request.localRepository(), request.repositories(), request.offline())) {
            PluginCoordinates coordinates = request.coordinates();
            Path jar = maven.jar(coordinates);
            ContractsVersion declared = declaredContracts(maven, coordinates);
            PluginJars.requirePluginServices(coordinates, jar);
            List<Path> dependencies = maven.runtimeDependencies(coordinates, PROVIDED_BY_THE_GATEWAY);

            Files.createDirectories(request.pluginDirectory());
            staging = Files.createTempDirectory(request.pluginDirectory(), ".installing-");
            Path unit = Files.createDirectory(staging.resolve(target.getFileName()));
            copyJars(jar, dependencies, unit);
            UnitManifest manifest = UnitManifest.of(coordinates, declared.text(), clock.instant(), maven.repositoryUrls(), unit);
            manifest.write(unit);
            List<DiscoveredPlugin> plugins = discover(coordinates, staging, unit, request.pluginDirectory(), target);
            moveIntoPlace(unit, target, staging);
            return new InstalledUnit(target, manifest, plugins.stream().map(PluginSummary::of).toList());
        } catch (IOException e) {
            throw new InstallException(InstallException.IO, "cannot write " + request.pluginDirectory() + ": " + e.getMessage(), e);
        } finally {
            if (staging != null) {
                Directories.deleteQuietly(staging);
            }
        }
    }

    private ContractsVersion declaredContracts(MavenArtifacts maven, PluginCoordinates coordinates) {
        String version = maven.declaredVersion(coordinates, "dev.aegis", "aegis-api").orElseThrow(() -> new InstallException(
                InstallException.NO_CONTRACTS, coordinates + " declares no dependency on dev.aegis:aegis-api, so its contracts version is"
                        + " unknown; an Aegis plugin compiles against dev.aegis:aegis-api in scope provided"));
        ContractsVersion declared;
        try {
            declared = ContractsVersion.parse(version);
        } catch (IllegalArgumentException e) {
            throw new InstallException(InstallException.INCOMPATIBLE_CONTRACTS, coordinates + " declares dev.aegis:aegis-api version '"
                    + version + "', not a MAJOR.MINOR version this gateway can compare", e);
        }
        if (!contracts.runs(declared)) {
            throw new InstallException(InstallException.INCOMPATIBLE_CONTRACTS, coordinates + " is built against dev.aegis:aegis-api "
                    + declared + "; this gateway's contracts are " + contracts + " (a plugin runs on the same major version with an"
                    + " equal or older minor, and before 1.0 on the same minor only)");
        }
        return declared;
    }

    private static void copyJars(Path jar, List<Path> dependencies, Path unit) throws IOException {
        Set<String> names = new HashSet<>();
        List<Path> all = new ArrayList<>();
        all.add(jar);
        all.addAll(dependencies);
        for (Path source : all) {
            String name = source.getFileName().toString();
            if (!names.add(name)) {
                // two artifacts of different groups with the same file name: keep both, told apart by their directory
                name = source.getParent().getParent().getFileName() + "-" + name;
                names.add(name);
            }
            Files.copy(source, unit.resolve(name), StandardCopyOption.COPY_ATTRIBUTES);
        }
    }

    // The staged unit alone must discover, and its names must not clash with what the gateway already has.
    private List<DiscoveredPlugin> discover(PluginCoordinates coordinates, Path staging, Path unit, Path pluginDirectory, Path target) {
        List<DiscoveredPlugin> staged;
        try {
            staged = PluginRegistry.discover(gateway, Optional.of(staging)).all().stream()
                    .filter(plugin -> plugin.origin().equals(unit.toString()))
                    .toList();
        } catch (ConfigException e) {
            throw new InstallException(InstallException.DISCOVERY_FAILED, coordinates + " does not load: " + e.getMessage(), e);
        }
        if (staged.isEmpty()) {
            throw new InstallException(InstallException.NO_PLUGIN, coordinates + " declares plugin services, but discovery found no plugin in it");
        }
        List<DiscoveredPlugin> existing;
        try {
            existing = PluginRegistry.discover(gateway, Optional.of(pluginDirectory)).all().stream()
                    .filter(plugin -> !plugin.origin().equals(target.toString()))
                    .toList();
        } catch (ConfigException e) {
            // the directory fails already without the new unit: that is for the gateway's start to report, not a reason to refuse
            return staged;
        }
        List<DiscoveredPlugin> together = new ArrayList<>(existing);
        together.addAll(staged);
        try {
            PluginRegistry.of(together);
        } catch (ConfigException e) {
            throw new InstallException(InstallException.DISCOVERY_FAILED, coordinates + " clashes with a plugin the gateway has: " + e.getMessage(), e);
        }
        return staged;
    }

    private static void moveIntoPlace(Path unit, Path target, Path staging) throws IOException {
        Path replaced = staging.resolve("replaced");
        boolean replacing = Files.exists(target);
        if (replacing) {
            Files.move(target, replaced, StandardCopyOption.ATOMIC_MOVE);
        }
        try {
            Files.move(unit, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            if (replacing) {
                Files.move(replaced, target, StandardCopyOption.ATOMIC_MOVE);
            }
            throw e;
        }
    }
}
