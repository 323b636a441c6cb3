package dev.aegis.cli;

import dev.aegis.kernel.config.ConfigException;
import java.io.PrintWriter;
import java.nio.file.Path;

/** Prints configuration errors one per line, each with its path, the way people fix them. */
final class ConfigErrors {

    private ConfigErrors() {}

    static int print(Path config, ConfigException e, PrintWriter err) {
        err.println(e.report(config));
        err.flush();
        return 1;
    }
}
