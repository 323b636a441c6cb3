package dev.aegis.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.logging.LogManager;
import picocli.CommandLine;

/** The {@code aegis} command's entry point. */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        configureLogging();
        System.exit(run(args));
    }

    // Quiet by default (libraries log their start-up at INFO); -Djava.util.logging.config.file wins.
    private static void configureLogging() {
        if (System.getProperty("java.util.logging.config.file") != null) {
            return;
        }
        try (InputStream config = Main.class.getResourceAsStream("logging.properties")) {
            if (config != null) {
                LogManager.getLogManager().readConfiguration(config);
            }
        } catch (IOException e) {
            System.err.println("aegis: default logging configuration unreadable: " + e.getMessage());
        }
    }

    /** Runs a command line and returns its exit code: 0 done, 1 refused (invalid config, unknown route), 2 usage. */
    public static int run(String... args) {
        CommandLine commandLine = new CommandLine(new AegisCommand());
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        return commandLine.execute(args);
    }
}
