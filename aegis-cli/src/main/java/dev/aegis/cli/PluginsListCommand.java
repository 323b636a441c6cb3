package dev.aegis.cli;

import dev.aegis.installer.InstallException;
import dev.aegis.installer.InstalledPlugins;
import dev.aegis.installer.UnitListing;
import dev.aegis.kernel.config.ConfigException;
import dev.aegis.kernel.discovery.PluginRegistry;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "list", mixinStandardHelpOptions = true,
        description = "Lists every discovered plugin, then the plugins installed with 'aegis plugins install': coordinates,"
                + " contracts version, when, what each provides, and whether its jars changed since.")
final class PluginsListCommand implements Callable<Integer> {

    @Mixin
    GatewayOptions gateway;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PluginRegistry registry;
        List<UnitListing> installed;
        try {
            registry = PluginRegistry.discover(getClass().getClassLoader(), gateway.pluginDirectory());
            installed = InstalledPlugins.list(gateway.pluginsDirectory);
        } catch (ConfigException e) {
            return ConfigErrors.print(gateway.pluginsDirectory, e, spec.commandLine().getErr());
        } catch (InstallException e) {
            return InstallErrors.print("list", e, spec.commandLine().getErr());
        }
        PluginListing.printDiscovered(registry, out);
        PluginListing.printInstalled(installed, registry, out);
        out.flush();
        return 0;
    }
}
