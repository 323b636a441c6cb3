package dev.aegis.runtime;

import dev.aegis.runtime.durable.DurableOptions;
import dev.aegis.runtime.durable.DurableStore;
import dev.aegis.runtime.store.StoreConfig;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Opens durable stores over one database, as successive processes would, and reads its tables
 * directly: what a test checks is what is in the database, not what the store says.
 */
final class DurableStoreFixture implements AutoCloseable {

    private final StoreConfig config;
    private final Path dataDirectory;
    private final Clock clock;
    private final List<DurableStore> opened = new ArrayList<>();

    DurableStoreFixture(StoreConfig config, Path dataDirectory, Clock clock) {
        this.config = config;
        this.dataDirectory = dataDirectory;
        this.clock = clock;
    }

    /** A fresh store instance, as a restarted process opens it. */
    DurableStore open() {
        return open(DurableOptions.defaults());
    }

    /** A fresh store instance with these options. */
    DurableStore open(DurableOptions options) {
        DurableStore store = DurableStore.open(config, dataDirectory, clock, options);
        opened.add(store);
        return store;
    }

    int checkpoints(String runId) {
        return payloads(runId).size();
    }

    List<byte[]> payloads(String runId) {
        DurableStore store = opened.isEmpty() ? open() : opened.get(opened.size() - 1);
        try (Connection connection = store.database().dataSource().getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT payload FROM aegis_checkpoints WHERE run_id = ? ORDER BY id")) {
            select.setString(1, runId);
            List<byte[]> payloads = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    payloads.add(rows.getBytes(1));
                }
            }
            return payloads;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        opened.forEach(DurableStore::close);
        opened.clear();
    }
}
