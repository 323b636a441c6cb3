package dev.aegis.testkit;

import dev.aegis.api.vector.VectorStoreProvider;

class InMemoryVectorStoreTest extends VectorStoreContractTest {

    @Override
    protected VectorStoreProvider newStore() {
        return new InMemoryVectorStore();
    }
}
