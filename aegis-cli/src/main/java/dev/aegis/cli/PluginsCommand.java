package dev.aegis.cli;

import dev.aegis.kernel.config.ConfigException;
import dev.aegis.kernel.discovery.PluginRegistry;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "plugins", mixinStandardHelpOptions = true,
        description = "Lists every discovered plugin: kind, name, where it came from, and its configuration keys.",
        subcommands = {PluginsListCommand.class, PluginsInstallCommand.class, PluginsRemoveCommand.class})
final class PluginsCommand implements Callable<Integer> {

    @Mixin
    GatewayOptions gateway;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PluginRegistry registry;
        try {
            registry = PluginRegistry.discover(getClass().getClassLoader(), gateway.pluginDirectory());
        } catch (ConfigException e) {
            return ConfigErrors.print(gateway.pluginsDirectory, e, spec.commandLine().getErr());
        }
        PluginListing.printDiscovered(registry, out);
        out.flush();
        return 0;
    }
}
