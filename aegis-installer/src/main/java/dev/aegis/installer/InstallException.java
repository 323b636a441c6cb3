package dev.aegis.installer;

import static java.util.Objects.requireNonNull;

/**
 * Why {@code aegis plugins install} or {@code remove} refused, with a stable code that scripts can
 * match (the message may be reworded; the code is not).
 */
public final class InstallException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The coordinates are not GROUP:ARTIFACT:VERSION. */
    public static final String BAD_COORDINATES = "bad-coordinates";
    /** The artifact or one of its dependencies is in none of the repositories. */
    public static final String UNRESOLVABLE = "unresolvable";
    /** The plugin's pom declares no dependency on dev.aegis:aegis-api. */
    public static final String NO_CONTRACTS = "no-contracts-dependency";
    /** The plugin was compiled against contracts this gateway cannot run. */
    public static final String INCOMPATIBLE_CONTRACTS = "incompatible-contracts";
    /** The artifact's jar declares no plugin service. */
    public static final String NO_PLUGIN = "no-plugin";
    /** Discovery failed on the staged plugin (a class missing, a name clash). */
    public static final String DISCOVERY_FAILED = "discovery-failed";
    /** The unit's directory exists and --force was not given. */
    public static final String ALREADY_INSTALLED = "already-installed";
    /** remove: no such directory, or one not made by install. */
    public static final String NOT_INSTALLED = "not-installed";
    /** Reading or writing the plugin directory failed. */
    public static final String IO = "io";

    private final String code;

    public InstallException(String code, String message) {
        super(message);
        this.code = requireNonNull(code, "code");
    }

    public InstallException(String code, String message, Throwable cause) {
        super(message, cause);
        this.code = requireNonNull(code, "code");
    }

    public String code() {
        return code;
    }
}
