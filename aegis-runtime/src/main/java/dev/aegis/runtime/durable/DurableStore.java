package dev.aegis.runtime.durable;

import static java.util.Objects.requireNonNull;

import dev.aegis.runtime.durable.internal.DurableRuns;
import dev.aegis.runtime.durable.internal.EncryptionKeys;
import dev.aegis.runtime.durable.internal.RunStateCodec;
import dev.aegis.runtime.durable.internal.Schema;
import dev.aegis.runtime.durable.internal.StateCipher;
import dev.aegis.runtime.store.Database;
import dev.aegis.runtime.store.StoreConfig;
import dev.aegis.runtime.tools.ToolPins;
import java.nio.file.Path;
import java.time.Clock;

/**
 * Where paused runs live: checkpoints and approval requests in the state store (SQLite in the
 * data directory by default, PostgreSQL when configured), with confidential state encrypted.
 * Attach it with {@link dev.aegis.runtime.RouteCompiler#withDurability}; open one per process and
 * close it at shutdown. Several processes may share one PostgreSQL store (give them the same
 * encryption key): a run paused in one resumes in any other.
 */
public final class DurableStore implements AutoCloseable {

    private final Database database;
    private final StateCipher cipher;
    private final DurableRuns runs;
    private final Approvals approvals;
    private final ToolPins toolPins;

    private DurableStore(Database database, StateCipher cipher, DurableRuns runs, ToolPins toolPins) {
        this.database = database;
        this.cipher = cipher;
        this.runs = runs;
        this.approvals = new Approvals(runs);
        this.toolPins = toolPins;
    }

    /** With the default options: requests expire after 24 hours. */
    public static DurableStore open(StoreConfig config, Path dataDirectory, Clock clock) {
        return open(config, dataDirectory, clock, DurableOptions.defaults());
    }

    /**
     * Opens the pool and makes the tables if missing.
     *
     * @param dataDirectory holds the default SQLite file and, without a configured encryption key,
     *     the key file made on first start
     */
    public static DurableStore open(StoreConfig config, Path dataDirectory, Clock clock, DurableOptions options) {
        requireNonNull(config, "config");
        requireNonNull(dataDirectory, "dataDirectory");
        requireNonNull(clock, "clock");
        requireNonNull(options, "options");
        StateCipher cipher = new StateCipher(EncryptionKeys.resolve(config.encryptionKey(), dataDirectory));
        Database database = Database.open(config, dataDirectory);
        try {
            Schema.create(database);
            RunStateCodec codec = new RunStateCodec(cipher, options.stateClasses());
            return new DurableStore(database, cipher, new DurableRuns(database, codec, clock, options.expireAfter(), options.approvalPolicy()), ToolPins.in(database, clock));
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    public Approvals approvals() {
        return approvals;
    }

    /** The tool definitions routes trust, shared by every gateway on this store. */
    public ToolPins toolPins() {
        return toolPins;
    }

    /**
     * Seals a confidential value kept beside a run (the originals behind a stored run document's
     * placeholders) with the key that seals the mask map in checkpoints. {@code slot} names where the
     * value is kept: a sealed value moved to another run or slot does not open.
     *
     * @return the nonce, the ciphertext and its tag
     */
    public byte[] seal(String runId, String slot, byte[] plaintext) {
        return cipher.seal(plaintext, runId, requireNonNull(slot, "slot"));
    }

    /**
     * Opens what {@link #seal} sealed for this run and slot.
     *
     * @throws IllegalStateException when it was sealed with another key, for another run or slot, or altered
     */
    public byte[] open(String runId, String slot, byte[] sealed) {
        return cipher.open(sealed, runId, requireNonNull(slot, "slot"));
    }

    /** The store's pool, for other tables that belong with paused runs (the audit log). */
    public Database database() {
        return database;
    }

    /** The runtime's side of the store, for the route compiler; not an API. */
    public DurableRuns runs() {
        return runs;
    }

    @Override
    public void close() {
        database.close();
    }
}
