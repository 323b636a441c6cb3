package dev.aegis.cli;

import dev.aegis.installer.UnitListing;
import dev.aegis.kernel.config.ConfigBinding;
import dev.aegis.kernel.discovery.DiscoveredPlugin;
import dev.aegis.kernel.discovery.PluginRegistry;
import java.io.PrintWriter;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;

/** How {@code aegis plugins} and {@code aegis plugins list} print what discovery found and what was installed. */
final class PluginListing {

    private PluginListing() {}

    static void printDiscovered(PluginRegistry registry, PrintWriter out) {
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
    }

    /** The units {@code aegis plugins install} wrote, with what discovery found in each. */
    static void printInstalled(List<UnitListing> units, PluginRegistry registry, PrintWriter out) {
        out.println();
        if (units.isEmpty()) {
            out.println("no plugins installed with aegis plugins install");
            return;
        }
        int nameWidth = Math.max(4, units.stream().mapToInt(unit -> unit.name().length()).max().orElse(4));
        String row = "%-" + nameWidth + "s  %s%n";
        out.printf(row, "INSTALLED", "COORDINATES / CONTRACTS / INSTALLED AT");
        for (UnitListing unit : units) {
            out.printf(row, unit.name(), unit.manifest().coordinates() + "  contracts " + unit.manifest().contractsVersion()
                    + "  " + unit.manifest().installedAt());
            String indent = " ".repeat(nameWidth + 2);
            List<String> provides = registry.all().stream()
                    .filter(plugin -> plugin.origin().equals(unit.directory().toString()))
                    .map(plugin -> plugin.kind().label() + " " + plugin.name())
                    .toList();
            out.println(indent + "provides: " + (provides.isEmpty() ? "(nothing discovered)" : String.join(", ", provides)));
            out.println(indent + "jars: " + unit.manifest().jars().size() + (unit.changedJars().isEmpty() ? ", as installed"
                    : ", changed since install: " + String.join(", ", unit.changedJars())));
        }
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
