package dev.aegis.installer;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The Maven coordinates of a plugin, {@code GROUP:ARTIFACT:VERSION}, and the name of the directory
 * it is installed in.
 */
public record PluginCoordinates(String groupId, String artifactId, String version) {

    /**
     * Stripped from the artifact id to name the unit, as the release names its plugin directories:
     * aegis-pack-pii installs as pack-pii, beside (or refused by) the release's own plugins/pack-pii.
     */
    static final String NAME_PREFIX = "aegis-";

    private static final Pattern PART = Pattern.compile("[A-Za-z0-9_.\\-]+");
    private static final Pattern UNIT_NAME = Pattern.compile("[a-z0-9][a-z0-9._\\-]*");

    public PluginCoordinates {
        requireNonNull(groupId, "groupId");
        requireNonNull(artifactId, "artifactId");
        requireNonNull(version, "version");
    }

    /**
     * Parses {@code GROUP:ARTIFACT:VERSION}.
     *
     * @throws InstallException {@code bad-coordinates} for anything else
     */
    public static PluginCoordinates parse(String text) {
        String[] parts = text.split(":", -1);
        if (parts.length != 3 || !PART.matcher(parts[0]).matches() || !PART.matcher(parts[1]).matches() || !PART.matcher(parts[2]).matches()) {
            throw new InstallException(InstallException.BAD_COORDINATES,
                    "'" + text + "' is not GROUP:ARTIFACT:VERSION, e.g. dev.aegis.packs:aegis-pack-pii:0.1.0");
        }
        return new PluginCoordinates(parts[0], parts[1], parts[2]);
    }

    /**
     * The directory under the plugin directory: the artifact id without a leading {@code aegis-},
     * lower-cased, the name the release gives the same plugin ({@code aegis-pack-pii} is {@code pack-pii},
     * {@code aegis-plugin-mcp} is {@code plugin-mcp}, {@code com.example:block-competitors} stays
     * {@code block-competitors}).
     */
    public String unitName() {
        String name = artifactId.toLowerCase(Locale.ROOT);
        if (name.startsWith(NAME_PREFIX) && name.length() > NAME_PREFIX.length()) {
            name = name.substring(NAME_PREFIX.length());
        }
        if (!UNIT_NAME.matcher(name).matches()) {
            throw new InstallException(InstallException.BAD_COORDINATES, "artifact id '" + artifactId + "' does not make a directory name");
        }
        return name;
    }

    @Override
    public String toString() {
        return groupId + ":" + artifactId + ":" + version;
    }
}
