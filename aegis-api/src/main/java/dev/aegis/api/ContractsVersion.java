package dev.aegis.api;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A version of the contracts ({@code dev.aegis:aegis-api}), and the rule for which plugins a
 * gateway can load: a plugin compiled against contracts {@code M.m.x} runs on a gateway whose
 * contracts are {@code M.n.y} with {@code n >= m} (STABLE types stay compatible across minor
 * releases). Before 1.0 every minor release may break, so the minor must match exactly. Patch
 * numbers and qualifiers such as {@code -SNAPSHOT} never matter.
 *
 * @param text the version as written, e.g. {@code 0.1.0-SNAPSHOT}
 */
@API(status = API.Status.EXPERIMENTAL)
public record ContractsVersion(String text, int major, int minor) {

    private static final Pattern MAJOR_MINOR = Pattern.compile("(\\d+)\\.(\\d+)(?:[.\\-].*)?");

    private static final ContractsVersion CURRENT = read();

    public ContractsVersion {
        requireNonNull(text, "text");
        if (major < 0 || minor < 0) {
            throw new IllegalArgumentException("negative version number in " + text);
        }
    }

    /** The contracts of this gateway: the version {@code aegis-api} was built as. */
    public static ContractsVersion current() {
        return CURRENT;
    }

    /**
     * Parses {@code 1.4}, {@code 1.4.2} or {@code 1.4.2-SNAPSHOT}.
     *
     * @throws IllegalArgumentException when {@code text} does not start with {@code MAJOR.MINOR}
     */
    public static ContractsVersion parse(String text) {
        Matcher matcher = MAJOR_MINOR.matcher(text.strip());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a version of the form MAJOR.MINOR[.PATCH][-QUALIFIER]");
        }
        return new ContractsVersion(text.strip(), Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
    }

    /** Whether a plugin compiled against {@code pluginContracts} can run on contracts of this version. */
    public boolean runs(ContractsVersion pluginContracts) {
        if (pluginContracts.major != major) {
            return false;
        }
        return major == 0 ? pluginContracts.minor == minor : pluginContracts.minor <= minor;
    }

    @Override
    public String toString() {
        return text;
    }

    private static ContractsVersion read() {
        try (InputStream in = ContractsVersion.class.getResourceAsStream("contracts.properties")) {
            if (in == null) {
                throw new IllegalStateException("dev/aegis/api/contracts.properties is missing from aegis-api");
            }
            Properties properties = new Properties();
            properties.load(in);
            return parse(properties.getProperty("version", ""));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
