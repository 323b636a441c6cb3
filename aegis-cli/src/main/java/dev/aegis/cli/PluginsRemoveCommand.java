package dev.aegis.cli;

import dev.aegis.installer.InstallException;
import dev.aegis.installer.InstalledPlugins;
import dev.aegis.installer.UnitManifest;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "remove", mixinStandardHelpOptions = true,
        description = "Deletes a plugin directory written by 'aegis plugins install' (one with an aegis-plugin.properties)."
                + " A running gateway keeps the plugin until it restarts.")
final class PluginsRemoveCommand implements Callable<Integer> {

    @Mixin
    GatewayOptions gateway;

    @Parameters(paramLabel = "NAME", description = "The unit's directory name, as 'aegis plugins list' shows it.")
    String name;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        UnitManifest removed;
        try {
            removed = InstalledPlugins.remove(gateway.pluginsDirectory, name);
        } catch (InstallException e) {
            return InstallErrors.print("remove", e, spec.commandLine().getErr());
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("removed " + removed.coordinates() + " from " + gateway.pluginsDirectory.resolve(name) + "; restart the gateway to unload it");
        out.flush();
        return 0;
    }
}
