package dev.aegis.installer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The units of a plugin directory that {@code aegis plugins install} put there: listing and removal. Never loads the resolver. */
public final class InstalledPlugins {

    private static final Pattern UNIT_NAME = Pattern.compile("[a-z0-9][a-z0-9._\\-]*");

    private InstalledPlugins() {}

    /** Every sub-directory of {@code pluginDirectory} with a manifest, by name; empty when the directory is missing. */
    public static List<UnitListing> list(Path pluginDirectory) {
        if (!Files.isDirectory(pluginDirectory)) {
            return List.of();
        }
        List<UnitListing> units = new ArrayList<>();
        try (Stream<Path> entries = Files.list(pluginDirectory)) {
            for (Path directory : entries.filter(Files::isDirectory).sorted().toList()) {
                Optional<UnitManifest> manifest = UnitManifest.read(directory);
                manifest.ifPresent(found -> units.add(new UnitListing(directory.getFileName().toString(), directory, found,
                        found.changedJars(directory))));
            }
        } catch (IOException e) {
            throw new InstallException(InstallException.IO, "cannot read " + pluginDirectory + ": " + e.getMessage(), e);
        }
        return units;
    }

    /**
     * Deletes the unit {@code name}, which {@code aegis plugins install} must have written: it is first
     * renamed away in one step, so the gateway never sees half of it.
     *
     * @return the manifest of what was removed
     * @throws InstallException {@code not-installed} when there is no such unit or it has no manifest
     */
    public static UnitManifest remove(Path pluginDirectory, String name) {
        if (!UNIT_NAME.matcher(name).matches()) {
            throw new InstallException(InstallException.NOT_INSTALLED, "'" + name + "' is not the name of an installed plugin directory");
        }
        Path unit = pluginDirectory.resolve(name);
        if (!Files.isDirectory(unit)) {
            throw new InstallException(InstallException.NOT_INSTALLED, "no plugin '" + name + "' is installed in " + pluginDirectory);
        }
        UnitManifest manifest = UnitManifest.read(unit).orElseThrow(() -> new InstallException(InstallException.NOT_INSTALLED,
                unit + " was not installed by aegis plugins install (it has no " + UnitManifest.FILE_NAME + "); delete it by hand"));
        try {
            Path removing = Files.createTempDirectory(pluginDirectory, ".removing-");
            Files.move(unit, removing.resolve(name), StandardCopyOption.ATOMIC_MOVE);
            Directories.delete(removing);
        } catch (IOException e) {
            throw new InstallException(InstallException.IO, "cannot remove " + unit + ": " + e.getMessage(), e);
        }
        return manifest;
    }
}
