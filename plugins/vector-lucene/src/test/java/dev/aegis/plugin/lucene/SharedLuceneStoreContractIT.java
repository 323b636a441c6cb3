package dev.aegis.plugin.lucene;

import dev.aegis.api.vector.VectorStoreProvider;
import dev.aegis.testkit.VectorStoreContractTest;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/** The contract holds in shared mode too: every write goes through PostgreSQL and back into the index. */
class SharedLuceneStoreContractIT extends VectorStoreContractTest {

    @TempDir
    Path dataDirectory;

    private TestDatabase database;
    private LuceneVectorStore opened;

    @Override
    protected VectorStoreProvider newStore() {
        database = TestDatabase.create();
        opened = LuceneVectorStoreFactory.open(database.config(Duration.ofSeconds(1)), dataDirectory);
        return opened;
    }

    @AfterEach
    void closeStore() {
        if (opened != null) {
            opened.close();
        }
        if (database != null) {
            database.close();
        }
    }
}
