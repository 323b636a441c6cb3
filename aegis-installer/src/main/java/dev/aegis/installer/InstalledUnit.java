package dev.aegis.installer;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.List;

/** A unit {@code aegis plugins install} put in place: its directory, its manifest, and the plugins discovery found in it. */
public record InstalledUnit(Path directory, UnitManifest manifest, List<PluginSummary> plugins) {

    public InstalledUnit {
        requireNonNull(directory, "directory");
        requireNonNull(manifest, "manifest");
        plugins = List.copyOf(plugins);
    }
}
