package dev.aegis.installer;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@code aegis plugins install} was asked.
 *
 * @param repositories read in this order (the command adds Maven Central last, {@link #withCentral})
 * @param localRepository where downloads are kept, e.g. {@code ~/.m2/repository}
 * @param force replace a unit of the same name
 */
public record InstallRequest(PluginCoordinates coordinates, Path pluginDirectory, List<URI> repositories, Path localRepository,
        boolean offline, boolean force) {

    public static final URI MAVEN_CENTRAL = URI.create("https://repo.maven.apache.org/maven2/");

    public InstallRequest {
        requireNonNull(coordinates, "coordinates");
        requireNonNull(pluginDirectory, "pluginDirectory");
        repositories = List.copyOf(repositories);
        requireNonNull(localRepository, "localRepository");
    }

    /** The given repositories, then Maven Central. */
    public static List<URI> withCentral(List<URI> repositories) {
        List<URI> all = new ArrayList<>(repositories);
        if (!all.contains(MAVEN_CENTRAL)) {
            all.add(MAVEN_CENTRAL);
        }
        return all;
    }

    /** The unit's directory: {@code pluginDirectory/<unit name>}. */
    public Path target() {
        return pluginDirectory.resolve(coordinates.unitName());
    }
}
