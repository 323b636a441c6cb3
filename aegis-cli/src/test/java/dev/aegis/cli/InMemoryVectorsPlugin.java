package dev.aegis.cli;

import dev.aegis.api.AegisPlugin;
import dev.aegis.api.NoConfig;
import dev.aegis.api.PluginContext;
import dev.aegis.api.vector.VectorStoreProvider;
import dev.aegis.api.vector.VectorStoreProviderFactory;
import dev.aegis.testkit.InMemoryVectorStore;
import java.util.List;

/** The testkit's in-memory vector store as {@code in-memory}, for a gateway started in a test. */
public final class InMemoryVectorsPlugin implements AegisPlugin {

    @Override
    public List<VectorStoreProviderFactory<?>> vectorStores() {
        return List.of(new VectorStoreProviderFactory<NoConfig>() {
            public String name() { return "in-memory"; }
            public Class<NoConfig> configType() { return NoConfig.class; }
            public VectorStoreProvider create(NoConfig config, PluginContext context) {
                return new InMemoryVectorStore();
            }
        });
    }
}
