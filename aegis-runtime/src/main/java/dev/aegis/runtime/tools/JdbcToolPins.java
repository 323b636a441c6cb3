package dev.aegis.runtime.tools;

import dev.aegis.api.model.ToolDefinition;
import dev.aegis.kernel.plan.ToolPinning;
import dev.aegis.runtime.store.Database;
import dev.aegis.runtime.store.Transactions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Pins in the state store (SQLite or PostgreSQL). A trusted definition is remembered in memory, as
 * trust once given is only ever replaced by approving another definition; anything else is read
 * from the store, so an approval given through any gateway is seen by all.
 */
final class JdbcToolPins implements ToolPins {

    static final String TABLE = "aegis_tool_pins";
    private static final String COLUMNS = "route, source, tool, approved_hash, pending_hash, pending_description, pending_parameters,"
            + " first_seen, updated_at, decided_by";

    private final Database database;
    private final Clock clock;
    private final Set<String> trusted = ConcurrentHashMap.newKeySet();

    private JdbcToolPins(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    static JdbcToolPins open(Database database, Clock clock) {
        String create = "CREATE TABLE IF NOT EXISTS " + TABLE + " ("
                + " route VARCHAR(200) NOT NULL,"
                + " source VARCHAR(200) NOT NULL,"
                + " tool VARCHAR(200) NOT NULL,"
                + " approved_hash VARCHAR(80),"
                + " pending_hash VARCHAR(80),"
                + " pending_description TEXT NOT NULL,"
                + " pending_parameters TEXT NOT NULL,"
                + " first_seen BIGINT NOT NULL,"
                + " updated_at BIGINT NOT NULL,"
                + " decided_by VARCHAR(200),"
                + " PRIMARY KEY (route, source, tool))";
        Transactions.Work<Void> make = connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute(create);
            }
            return null;
        };
        Transactions.schema(database, "create the table of tool pins", make);
        return new JdbcToolPins(database, clock);
    }

    @Override
    public boolean admits(String route, String source, ToolDefinition definition, ToolPinning pinning) {
        String hash = ToolHashes.of(definition);
        String cacheKey = route + '\u0000' + source + '\u0000' + definition.name() + '\u0000' + hash;
        if (trusted.contains(cacheKey)) {
            return true;
        }
        Instant now = clock.instant();
        ToolPin pin = Transactions.write(database, "update the tool pins", connection -> {
            Optional<ToolPin> existing = select(connection, route, source, definition.name(), true);
            if (existing.isEmpty()) {
                ToolPin first = PinRules.first(route, source, definition, hash, pinning, now);
                if (insert(connection, first)) {
                    return first;
                }
                existing = select(connection, route, source, definition.name(), true); // another gateway made it first
            }
            ToolPin seen = PinRules.seen(existing.orElseThrow(), definition, hash, now);
            if (!seen.equals(existing.get())) {
                update(connection, seen);
            }
            return seen;
        });
        boolean admitted = PinRules.admits(pin, hash);
        if (admitted) {
            trusted.add(cacheKey);
        }
        return admitted;
    }

    @Override
    public List<ToolPin> list() {
        return Transactions.read(database, "read the tool pins", connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT " + COLUMNS + " FROM " + TABLE
                    + " ORDER BY CASE WHEN pending_hash IS NULL THEN 1 ELSE 0 END, route, source, tool");
                    ResultSet rows = query.executeQuery()) {
                List<ToolPin> pins = new ArrayList<>();
                while (rows.next()) {
                    pins.add(read(rows));
                }
                return pins;
            }
        });
    }

    @Override
    public Optional<ToolPin> find(String route, String source, String tool) {
        return Transactions.read(database, "read the tool pins", connection -> select(connection, route, source, tool, false));
    }

    @Override
    public ToolPin approve(String route, String source, String tool, String hash, String decidedBy) {
        Instant now = clock.instant();
        return Transactions.write(database, "update the tool pins", connection -> {
            ToolPin pin = select(connection, route, source, tool, true).orElseThrow(() -> new IllegalStateException(
                    "no tool '" + tool + "' was seen from source '" + source + "' of route '" + route + "'"));
            ToolPin approved = PinRules.approved(pin, hash, decidedBy, now);
            update(connection, approved);
            return approved;
        });
    }

    private Optional<ToolPin> select(Connection connection, String route, String source, String tool, boolean lock) throws SQLException {
        String sql = "SELECT " + COLUMNS + " FROM " + TABLE + " WHERE route = ? AND source = ? AND tool = ?"
                + (lock && !database.isSqlite() ? " FOR UPDATE" : "");
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, route);
            query.setString(2, source);
            query.setString(3, tool);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? Optional.of(read(rows)) : Optional.empty();
            }
        }
    }

    private static boolean insert(Connection connection, ToolPin pin) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + TABLE + " (" + COLUMNS + ")"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (route, source, tool) DO NOTHING")) {
            insert.setString(1, pin.route());
            insert.setString(2, pin.source());
            insert.setString(3, pin.tool());
            setValues(insert, pin, 4);
            return insert.executeUpdate() == 1;
        }
    }

    private static void update(Connection connection, ToolPin pin) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE " + TABLE + " SET approved_hash = ?, pending_hash = ?,"
                + " pending_description = ?, pending_parameters = ?, first_seen = ?, updated_at = ?, decided_by = ?"
                + " WHERE route = ? AND source = ? AND tool = ?")) {
            setValues(update, pin, 1);
            update.setString(8, pin.route());
            update.setString(9, pin.source());
            update.setString(10, pin.tool());
            update.executeUpdate();
        }
    }

    private static void setValues(PreparedStatement statement, ToolPin pin, int from) throws SQLException {
        statement.setString(from, pin.approvedHash().orElse(null));
        statement.setString(from + 1, pin.pendingHash().orElse(null));
        statement.setString(from + 2, pin.pendingDescription());
        statement.setString(from + 3, pin.pendingParameters());
        statement.setLong(from + 4, pin.firstSeen().toEpochMilli());
        statement.setLong(from + 5, pin.updatedAt().toEpochMilli());
        statement.setString(from + 6, pin.decidedBy().orElse(null));
    }

    private static ToolPin read(ResultSet rows) throws SQLException {
        return new ToolPin(rows.getString(1), rows.getString(2), rows.getString(3), Optional.ofNullable(rows.getString(4)),
                Optional.ofNullable(rows.getString(5)), rows.getString(6), rows.getString(7), Instant.ofEpochMilli(rows.getLong(8)),
                Instant.ofEpochMilli(rows.getLong(9)), Optional.ofNullable(rows.getString(10)));
    }
}
