package dev.aegis.cli;

import dev.aegis.kernel.Kernel;
import dev.aegis.kernel.KernelOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** Where the configuration and drop-in plugins are; shared by every command that loads a gateway. */
final class GatewayOptions {

    @Option(names = {"-c", "--config"}, paramLabel = "FILE", defaultValue = "${AEGIS_CONFIG:-aegis.yaml}",
            description = "The configuration file (default: ${DEFAULT-VALUE}).")
    Path config;

    @Option(names = "--plugins-dir", paramLabel = "DIR", defaultValue = "${AEGIS_PLUGINS_DIR:-plugins}",
            description = "Directory of drop-in plugin jars (default: ${DEFAULT-VALUE}); ignored when missing.")
    Path pluginsDirectory;

    KernelOptions kernelOptions() {
        KernelOptions options = KernelOptions.of(config).withEnvironment(System.getenv());
        return Files.isDirectory(pluginsDirectory) ? options.withPluginDirectory(pluginsDirectory) : options;
    }

    /** Boots the kernel with the sections interfaces own, so validation covers the whole file. */
    Kernel boot() {
        return Kernel.boot(kernelOptions().withSections(dev.aegis.server.AegisServer.SECTIONS));
    }

    Optional<Path> pluginDirectory() {
        return Files.isDirectory(pluginsDirectory) ? Optional.of(pluginsDirectory) : Optional.empty();
    }
}
