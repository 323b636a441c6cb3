package dev.aegis.cli;

import dev.aegis.kernel.config.ConfigBinding;
import dev.aegis.kernel.config.ConfigException;
import dev.aegis.kernel.discovery.DiscoveredPlugin;
import dev.aegis.kernel.discovery.PluginRegistry;
import java.io.PrintWriter;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "plugins", mixinStandardHelpOptions = true,
        description = "Lists every discovered plugin: kind, name, where it came from, and its configuration keys.")
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
        List<DiscoveredPlugin> plugins = registry.all();
        int kindWidth = plugins.stream().mapToInt(plugin -> plugin.kind().label().length()).max().orElse(4);
        int nameWidth = plugins.stream().mapToInt(plugin -> plugin.name().length()).max().orElse(4);
        String row = "%-" + kindWidth + "s  %-" + nameWidth + "s  %s%n";
        out.printf(row, "KIND", "NAME", "ORIGIN");
        for (DiscoveredPlugin plugin : plugins) {
            out.printf(row, plugin.kind().label(), plugin.name(), plugin.origin());
            String description = plugin.factory().description();
            if (description != null && !description.isBlank()) {
                out.printf("%-" + (kindWidth + 2) + "s  %s%n", "", description);
            }
            out.printf("%-" + (kindWidth + 2) + "s  config: %s%n", "", configKeys(plugin.factory().configType()));
        }
        out.printf("%d plugins%n", plugins.size());
        out.flush();
        return 0;
    }

    static String configKeys(Class<? extends Record> type) {
        RecordComponent[] components = type.getRecordComponents();
        if (components.length == 0) {
            return "(none)";
        }
        List<String> keys = new ArrayList<>();
        List<String> names = ConfigBinding.keysOf(type);
        for (int i = 0; i < components.length; i++) {
            keys.add(names.get(i) + " (" + typeName(components[i].getGenericType()) + ")");
        }
        return String.join(", ", keys);
    }

    private static String typeName(Type type) {
        // java.util.List<dev.aegis.plugin.regex.RegexGuardConfig$Rule> -> List<Rule>
        return type.getTypeName().replaceAll("[\\w.]+[.$]([A-Z]\\w*)", "$1");
    }
}
