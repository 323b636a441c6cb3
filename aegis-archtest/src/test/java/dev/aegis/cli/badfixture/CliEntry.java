package dev.aegis.cli.badfixture;

/** Fixture: a CLI class, the target of the server fixture. */
public final class CliEntry {

    public void parse() {}
}
