package dev.aegis.cli;

import dev.aegis.api.ContractsVersion;
import dev.aegis.installer.InstallException;
import dev.aegis.installer.InstallRequest;
import dev.aegis.installer.InstalledUnit;
import dev.aegis.installer.PluginCoordinates;
import dev.aegis.installer.PluginInstaller;
import dev.aegis.installer.PluginSummary;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

// Maven Resolver is reached only from call(): picocli reflects over this class's fields for every
// command line, so none of them may be a resolver type, and the server path never loads one.
@Command(name = "install", mixinStandardHelpOptions = true,
        description = "Downloads a plugin and its run-time dependencies from Maven repositories into <plugins-dir>/<name>/,"
                + " where <name> is the artifact id without a leading aegis- (the release's own name for it: aegis-pack-pii is pack-pii)."
                + " Refuses a plugin built against incompatible contracts, an artifact with no plugin, and an existing directory (without --force).")
final class PluginsInstallCommand implements Callable<Integer> {

    @Mixin
    GatewayOptions gateway;

    @Parameters(paramLabel = "GROUP:ARTIFACT:VERSION", description = "The plugin's Maven coordinates.")
    String coordinates;

    @Option(names = "--repository", paramLabel = "URL",
            description = "A Maven repository to read before Maven Central (http, https or file:; a plain path means a directory). Repeatable.")
    List<String> repositories = new ArrayList<>();

    @Option(names = "--local-repository", paramLabel = "DIR", defaultValue = "${sys:user.home}/.m2/repository",
            description = "Where downloads are kept (default: ${DEFAULT-VALUE}).")
    Path localRepository;

    @Option(names = "--offline", description = "Read only the local repository and file: repositories.")
    boolean offline;

    @Option(names = "--force", description = "Replace the plugin's directory when it exists.")
    boolean force;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        InstalledUnit unit;
        try {
            InstallRequest request = new InstallRequest(PluginCoordinates.parse(coordinates), gateway.pluginsDirectory,
                    InstallRequest.withCentral(repositoryUris()), localRepository, offline, force);
            unit = new PluginInstaller(getClass().getClassLoader(), ContractsVersion.current(), Clock.systemUTC()).install(request);
        } catch (InstallException e) {
            return InstallErrors.print("install", e, spec.commandLine().getErr());
        }
        PrintWriter out = spec.commandLine().getOut();
        int jars = unit.manifest().jars().size();
        out.println("installed " + unit.manifest().coordinates() + " into " + unit.directory() + " (" + jars + (jars == 1 ? " jar" : " jars")
                + ", contracts " + unit.manifest().contractsVersion() + ")");
        for (PluginSummary plugin : unit.plugins()) {
            out.println("  " + plugin.kind() + " " + plugin.name());
        }
        out.println("restart the gateway to load it");
        out.flush();
        return 0;
    }

    private List<URI> repositoryUris() {
        List<URI> uris = new ArrayList<>();
        for (String repository : repositories) {
            uris.add(isUrl(repository) ? URI.create(repository) : Path.of(repository).toAbsolutePath().toUri());
        }
        return uris;
    }

    private static boolean isUrl(String repository) {
        return repository.matches("(?i)(https?|file):.*");
    }
}
