package dev.aegis.server.badfixture;

import dev.aegis.cli.badfixture.CliEntry;

/** Fixture: the server depending on the CLI above it. */
public final class ServerStartingTheCli {

    public void start() {
        new CliEntry().parse();
    }
}
