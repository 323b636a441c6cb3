package dev.aegis.cli;

import dev.aegis.kernel.config.ConfigError;
import dev.aegis.kernel.config.ConfigException;
import java.io.PrintWriter;
import java.nio.file.Path;

/** Prints configuration errors one per line, each with its path, the way people fix them. */
final class ConfigErrors {

    private ConfigErrors() {}

    static int print(Path config, ConfigException e, PrintWriter err) {
        int count = e.errors().size();
        err.println(config + " is invalid (" + count + (count == 1 ? " error" : " errors") + "):");
        for (ConfigError error : e.errors()) {
            err.println("  " + error);
        }
        err.flush();
        return 1;
    }
}
