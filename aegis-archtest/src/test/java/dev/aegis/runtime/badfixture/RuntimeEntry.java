package dev.aegis.runtime.badfixture;

import dev.aegis.server.badfixture.ServerEntry;

/** Fixture: the runtime reaching up into the server. */
public final class RuntimeEntry {

    public void run() {
        new ServerEntry().listen();
    }
}
