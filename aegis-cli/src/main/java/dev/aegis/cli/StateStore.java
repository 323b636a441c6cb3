package dev.aegis.cli;

import dev.aegis.kernel.Assembly;
import dev.aegis.kernel.Kernel;
import dev.aegis.runtime.store.Database;
import dev.aegis.runtime.store.StoreConfig;
import dev.aegis.server.AegisServer;

/** The gateway's state store as its configuration describes it, for commands that read it directly. */
final class StateStore implements AutoCloseable {

    private final Kernel kernel;
    private final Database database;

    private StateStore(Kernel kernel, Database database) {
        this.kernel = kernel;
        this.database = database;
    }

    static StateStore open(GatewayOptions gateway) {
        Kernel kernel = gateway.boot();
        Assembly assembly = kernel.assembly();
        try {
            return new StateStore(kernel, Database.open(assembly.sectionOr(AegisServer.STATE, StoreConfig.class, StoreConfig.DEFAULTS),
                    assembly.dataDirectory()));
        } catch (RuntimeException e) {
            kernel.close();
            throw e;
        }
    }

    Kernel kernel() {
        return kernel;
    }

    Database database() {
        return database;
    }

    @Override
    public void close() {
        database.close();
        kernel.close();
    }
}
