package dev.aegis.plugin.lucene;

import dev.aegis.api.PluginFactory;
import dev.aegis.testkit.PluginFactoryContractTest;

class LuceneVectorStoreFactoryContractTest extends PluginFactoryContractTest {

    @Override
    protected PluginFactory<?, ?> factory() {
        return new LuceneVectorStoreFactory();
    }
}
