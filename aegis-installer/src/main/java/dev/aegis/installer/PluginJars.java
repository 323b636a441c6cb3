package dev.aegis.installer;

import dev.aegis.api.AegisPlugin;
import dev.aegis.kernel.discovery.PluginKind;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;

/** What a jar declares to {@link java.util.ServiceLoader}, read without loading any of its classes. */
final class PluginJars {

    private PluginJars() {}

    /** The service files discovery reads: the entry point and every factory contract. */
    static List<String> serviceFiles() {
        List<String> files = new ArrayList<>();
        files.add("META-INF/services/" + AegisPlugin.class.getName());
        for (PluginKind kind : PluginKind.values()) {
            files.add("META-INF/services/" + kind.factoryType().getName());
        }
        return files;
    }

    /** @throws InstallException {@code no-plugin} when {@code jar} declares none of {@link #serviceFiles()} */
    static void requirePluginServices(PluginCoordinates coordinates, Path jar) {
        try (JarFile file = new JarFile(jar.toFile())) {
            for (String service : serviceFiles()) {
                if (file.getEntry(service) != null) {
                    return;
                }
            }
        } catch (IOException e) {
            throw new InstallException(InstallException.NO_PLUGIN, coordinates + ": " + jar.getFileName() + " is not a readable jar: " + e.getMessage(), e);
        }
        throw new InstallException(InstallException.NO_PLUGIN, coordinates + " contains no Aegis plugin: " + jar.getFileName()
                + " has no META-INF/services/" + AegisPlugin.class.getName() + " nor a service file for a plugin factory contract");
    }
}
