package dev.aegis.plugin.lucene;

import dev.aegis.api.vector.VectorStoreProvider;
import dev.aegis.testkit.VectorStoreContractTest;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

class LuceneVectorStoreContractTest extends VectorStoreContractTest {

    @TempDir
    Path dataDirectory;

    private LuceneVectorStore opened;

    @Override
    protected VectorStoreProvider newStore() {
        opened = LuceneVectorStoreFactory.open(LuceneStoreConfig.EMBEDDED, dataDirectory);
        return opened;
    }

    @AfterEach
    void closeStore() {
        opened.close();
    }
}
