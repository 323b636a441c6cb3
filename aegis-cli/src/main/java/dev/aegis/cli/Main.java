package dev.aegis.cli;

import picocli.CommandLine;

/** The {@code aegis} command's entry point. */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line and returns its exit code: 0 done, 1 refused (invalid config, unknown route), 2 usage. */
    public static int run(String... args) {
        CommandLine commandLine = new CommandLine(new AegisCommand());
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        return commandLine.execute(args);
    }
}
