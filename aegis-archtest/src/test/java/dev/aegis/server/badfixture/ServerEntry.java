package dev.aegis.server.badfixture;

/** Fixture: a server class, the target of the runtime fixture. */
public final class ServerEntry {

    public void listen() {}
}
