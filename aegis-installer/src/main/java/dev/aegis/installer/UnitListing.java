package dev.aegis.installer;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.List;

/**
 * An installed unit as {@code aegis plugins list} shows it.
 *
 * @param changedJars jars added, changed or deleted since install (see {@link UnitManifest#changedJars}); empty when intact
 */
public record UnitListing(String name, Path directory, UnitManifest manifest, List<String> changedJars) {

    public UnitListing {
        requireNonNull(name, "name");
        requireNonNull(directory, "directory");
        requireNonNull(manifest, "manifest");
        changedJars = List.copyOf(changedJars);
    }
}
