package dev.aegis.plugin.lucene.shared;

import static dev.aegis.plugin.lucene.shared.SharedTables.CHANGES;
import static dev.aegis.plugin.lucene.shared.SharedTables.CHUNKS;
import static dev.aegis.plugin.lucene.shared.SharedTables.COLLECTIONS;

import dev.aegis.api.vector.VectorCollection;
import dev.aegis.api.vector.VectorRecord;
import dev.aegis.plugin.lucene.SharedConfig;
import dev.aegis.plugin.lucene.internal.VectorBytes;
import dev.aegis.plugin.lucene.internal.WriteChecks;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The shared store in PostgreSQL: every write changes the current state and records the keys it changed
 * in the change log, in one transaction; gateways read the log after the sequence number they have
 * applied and fetch the current state of those keys, which makes applying a change idempotent and
 * independent of order.
 */
public final class ChangeLog implements AutoCloseable {

    /** The metadata of a row as two arrays of keys and values, in key order. */
    private static final String METADATA_ARRAYS = " CROSS JOIN LATERAL (SELECT coalesce(array_agg(key ORDER BY key), '{}'::text[]) AS keys,"
            + " coalesce(array_agg(value ORDER BY key), '{}'::text[]) AS vals FROM jsonb_each_text(t.metadata)) m";
    private static final String SELECT_COLLECTIONS = "SELECT t.name, t.dimensions, t.readers, m.keys, m.vals, t.created_at FROM "
            + COLLECTIONS + " t" + METADATA_ARRAYS;
    private static final String SELECT_CHUNKS = "SELECT t.collection, t.id, t.text, t.vector, m.keys, m.vals FROM " + CHUNKS + " t" + METADATA_ARRAYS;

    private final SharedTables tables;

    public ChangeLog(SharedConfig config) {
        this.tables = new SharedTables(config);
    }

    /** The current state of the keys changed after {@code sequence}, up to {@code last}. */
    public record Changes(long last, Map<String, Optional<VectorCollection>> collections, Map<String, List<VectorRecord>> upserts,
            Map<String, List<String>> deletes) {

        public boolean isEmpty() {
            return collections.isEmpty();
        }
    }

    public VectorCollection putCollection(VectorCollection collection) {
        return tables.transaction(connection -> {
            SharedTables.lockChanges(connection);
            VectorCollection stored = WriteChecks.merged(collection(connection, collection.name()), collection);
            try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO " + COLLECTIONS
                    + " (name, dimensions, readers, metadata, created_at) VALUES (?, ?, ?, jsonb_object(?, ?), ?)"
                    + " ON CONFLICT (name) DO UPDATE SET readers = excluded.readers, metadata = excluded.metadata")) {
                upsert.setString(1, stored.name());
                upsert.setInt(2, stored.dimensions());
                upsert.setArray(3, texts(connection, stored.readers().stream().sorted().toList()));
                setMetadata(connection, upsert, 4, stored.metadata());
                upsert.setObject(6, OffsetDateTime.ofInstant(stored.createdAt(), ZoneOffset.UTC));
                upsert.executeUpdate();
            }
            logCollection(connection, stored.name());
            return collection(connection, stored.name()).orElseThrow();
        });
    }

    public boolean dropCollection(String name) {
        return tables.transaction(connection -> {
            SharedTables.lockChanges(connection);
            if (collection(connection, name).isEmpty()) {
                return false;
            }
            // every chunk gets a tombstone: a gateway that missed the drop must not keep them under a new collection of the name
            try (PreparedStatement tombstones = connection.prepareStatement("SELECT id FROM " + CHUNKS + " WHERE collection = ?")) {
                tombstones.setString(1, name);
                List<String> ids = new ArrayList<>();
                try (ResultSet rows = tombstones.executeQuery()) {
                    while (rows.next()) {
                        ids.add(rows.getString(1));
                    }
                }
                logRecords(connection, name, ids);
            }
            execute(connection, "DELETE FROM " + COLLECTIONS + " WHERE name = ?", name);
            logCollection(connection, name);
            return true;
        });
    }

    public void upsert(String collectionName, List<VectorRecord> records) {
        tables.transaction(connection -> {
            SharedTables.lockChanges(connection);
            VectorCollection collection = WriteChecks.existing(collection(connection, collectionName), collectionName);
            WriteChecks.records(collection, records);
            try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO " + CHUNKS
                    + " (collection, id, text, vector, metadata) VALUES (?, ?, ?, ?, jsonb_object(?, ?))"
                    + " ON CONFLICT (collection, id) DO UPDATE SET text = excluded.text, vector = excluded.vector, metadata = excluded.metadata")) {
                for (VectorRecord record : records) {
                    upsert.setString(1, collectionName);
                    upsert.setString(2, record.id());
                    upsert.setString(3, record.text());
                    upsert.setBytes(4, VectorBytes.encode(record.vector()));
                    setMetadata(connection, upsert, 5, record.metadata());
                    upsert.addBatch();
                }
                upsert.executeBatch();
            }
            logRecords(connection, collectionName, records.stream().map(VectorRecord::id).toList());
            return null;
        });
    }

    public void delete(String collection, List<String> ids) {
        tables.transaction(connection -> {
            SharedTables.lockChanges(connection);
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + CHUNKS + " WHERE collection = ? AND id = ANY(?) RETURNING id")) {
                delete.setString(1, collection);
                delete.setArray(2, texts(connection, ids));
                logRecords(connection, collection, strings(delete));
            }
            return null;
        });
    }

    public long deleteWhere(String collection, Map<String, String> filter) {
        return tables.transaction(connection -> {
            SharedTables.lockChanges(connection);
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + CHUNKS
                    + " WHERE collection = ? AND metadata @> jsonb_object(?, ?) RETURNING id")) {
                delete.setString(1, collection);
                setMetadata(connection, delete, 2, filter);
                List<String> deleted = strings(delete);
                logRecords(connection, collection, deleted);
                return (long) deleted.size();
            }
        });
    }

    /** The highest sequence number in the log; 0 when it is empty. */
    public long lastSequence() {
        return tables.snapshot(ChangeLog::lastSequence);
    }

    /** The current state of what changed after {@code sequence}, for at most {@code limit} changes. */
    public Changes changesAfter(long sequence, int limit) {
        return tables.snapshot(connection -> {
            long last = sequence;
            Map<String, List<String>> keys = new LinkedHashMap<>();
            try (PreparedStatement changes = connection.prepareStatement("SELECT seq, collection, record_id FROM " + CHANGES
                    + " WHERE seq > ? ORDER BY seq LIMIT ?")) {
                changes.setLong(1, sequence);
                changes.setInt(2, limit);
                try (ResultSet rows = changes.executeQuery()) {
                    while (rows.next()) {
                        last = rows.getLong(1);
                        List<String> ids = keys.computeIfAbsent(rows.getString(2), name -> new ArrayList<>());
                        if (rows.getString(3) != null) {
                            ids.add(rows.getString(3));
                        }
                    }
                }
            }
            Map<String, Optional<VectorCollection>> collections = new LinkedHashMap<>();
            Map<String, List<VectorRecord>> upserts = new LinkedHashMap<>();
            Map<String, List<String>> deletes = new LinkedHashMap<>();
            for (Map.Entry<String, List<String>> entry : keys.entrySet()) {
                String name = entry.getKey();
                collections.put(name, collection(connection, name));
                Map<String, VectorRecord> present = chunks(connection, name, entry.getValue());
                upserts.put(name, List.copyOf(present.values()));
                deletes.put(name, entry.getValue().stream().filter(id -> !present.containsKey(id)).distinct().toList());
            }
            return new Changes(last, collections, upserts, deletes);
        });
    }

    /** Streams every collection and then its chunks, in batches, from one snapshot; the snapshot's last sequence number. */
    public long snapshot(Consumer<VectorCollection> collections, BiConsumer<String, List<VectorRecord>> chunks, int batchSize) {
        return tables.snapshot(connection -> {
            long last = lastSequence(connection);
            List<VectorCollection> all = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(SELECT_COLLECTIONS + " ORDER BY t.name");
                    ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    all.add(collection(rows));
                }
            }
            for (VectorCollection collection : all) {
                collections.accept(collection);
                try (PreparedStatement select = connection.prepareStatement(SELECT_CHUNKS + " WHERE t.collection = ?")) {
                    select.setFetchSize(batchSize);
                    select.setString(1, collection.name());
                    List<VectorRecord> batch = new ArrayList<>();
                    try (ResultSet rows = select.executeQuery()) {
                        while (rows.next()) {
                            batch.add(record(rows));
                            if (batch.size() == batchSize) {
                                chunks.accept(collection.name(), List.copyOf(batch));
                                batch.clear();
                            }
                        }
                    }
                    chunks.accept(collection.name(), List.copyOf(batch));
                }
            }
            return last;
        });
    }

    @Override
    public void close() {
        tables.close();
    }

    private static long lastSequence(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT coalesce(max(seq), 0) FROM " + CHANGES);
                ResultSet rows = select.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static Optional<VectorCollection> collection(Connection connection, String name) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(SELECT_COLLECTIONS + " WHERE t.name = ?")) {
            select.setString(1, name);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(collection(rows)) : Optional.empty();
            }
        }
    }

    private static VectorCollection collection(ResultSet row) throws SQLException {
        return new VectorCollection(row.getString(1), row.getInt(2), Set.of((String[]) row.getArray(3).getArray()), metadata(row, 4),
                row.getObject(6, OffsetDateTime.class).toInstant());
    }

    private static Map<String, VectorRecord> chunks(Connection connection, String collection, List<String> ids) throws SQLException {
        Map<String, VectorRecord> found = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        try (PreparedStatement select = connection.prepareStatement(SELECT_CHUNKS + " WHERE t.collection = ? AND t.id = ANY(?)")) {
            select.setString(1, collection);
            select.setArray(2, texts(connection, ids));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    VectorRecord record = record(rows);
                    found.put(record.id(), record);
                }
            }
        }
        return found;
    }

    private static VectorRecord record(ResultSet row) throws SQLException {
        byte[] vector = row.getBytes(4);
        return new VectorRecord(row.getString(2), VectorBytes.decode(vector, 0, vector.length), row.getString(3), metadata(row, 5));
    }

    private static Map<String, String> metadata(ResultSet row, int keysColumn) throws SQLException {
        String[] keys = (String[]) row.getArray(keysColumn).getArray();
        String[] values = (String[]) row.getArray(keysColumn + 1).getArray();
        Map<String, String> metadata = new LinkedHashMap<>();
        for (int i = 0; i < keys.length; i++) {
            metadata.put(keys[i], values[i]);
        }
        return metadata;
    }

    private static void setMetadata(Connection connection, PreparedStatement statement, int keysIndex, Map<String, String> metadata) throws SQLException {
        List<String> keys = metadata.keySet().stream().sorted().toList();
        statement.setArray(keysIndex, texts(connection, keys));
        statement.setArray(keysIndex + 1, texts(connection, keys.stream().map(metadata::get).toList()));
    }

    /** The key of each record, as its latest change: the previous entries of the same keys go. */
    private static void logRecords(Connection connection, String collection, List<String> ids) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        Array array = texts(connection, ids);
        try (PreparedStatement forget = connection.prepareStatement("DELETE FROM " + CHANGES + " WHERE collection = ? AND record_id = ANY(?)");
                PreparedStatement log = connection.prepareStatement("INSERT INTO " + CHANGES
                        + " (collection, record_id) SELECT ?, id FROM unnest(?::text[]) WITH ORDINALITY AS u(id, n) ORDER BY n")) {
            forget.setString(1, collection);
            forget.setArray(2, array);
            forget.executeUpdate();
            log.setString(1, collection);
            log.setArray(2, array);
            log.executeUpdate();
        }
    }

    private static void logCollection(Connection connection, String name) throws SQLException {
        execute(connection, "DELETE FROM " + CHANGES + " WHERE collection = ? AND record_id IS NULL", name);
        execute(connection, "INSERT INTO " + CHANGES + " (collection, record_id) VALUES (?, NULL)", name);
    }

    private static void execute(Connection connection, String sql, String parameter) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            statement.executeUpdate();
        }
    }

    private static List<String> strings(PreparedStatement query) throws SQLException {
        List<String> values = new ArrayList<>();
        try (ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    private static Array texts(Connection connection, List<String> values) throws SQLException {
        return connection.createArrayOf("text", values.toArray(String[]::new));
    }
}
