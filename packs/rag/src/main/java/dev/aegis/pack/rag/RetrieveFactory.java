package dev.aegis.pack.rag;

import dev.aegis.api.PluginContext;
import dev.aegis.api.node.PipelineNode;
import dev.aegis.api.node.PipelineNodeFactory;
import dev.aegis.api.vector.EmbeddingProvider;
import dev.aegis.api.vector.VectorStoreProvider;
import java.util.List;
import java.util.Optional;

/**
 * {@code retrieve}: finds the store and the embedder its configuration names (or the only one of
 * each) among the instances created before it; a name that is missing or ambiguous fails at load.
 */
public final class RetrieveFactory implements PipelineNodeFactory<RetrieveConfig> {

    @Override
    public String name() {
        return "retrieve";
    }

    @Override
    public Class<RetrieveConfig> configType() {
        return RetrieveConfig.class;
    }

    @Override
    public PipelineNode create(RetrieveConfig config, PluginContext context) {
        String storeName = chosen(context, VectorStoreProvider.class, config.store(), "store", "vector store", "vector-stores");
        String embedderName = chosen(context, EmbeddingProvider.class, config.embedder(), "embedder", "embedder", "embeddings");
        VectorStoreProvider store = context.lookup(VectorStoreProvider.class, storeName).orElseThrow();
        EmbeddingProvider embedder = context.lookup(EmbeddingProvider.class, embedderName).orElseThrow();
        return new Retriever(context.instanceName(), store, storeName, embedder, embedderName, config);
    }

    private static String chosen(PluginContext context, Class<?> contract, Optional<String> named, String key, String what, String section) {
        List<String> names = context.names(contract);
        if (named.isPresent()) {
            if (!names.contains(named.get())) {
                throw new IllegalArgumentException(key + ": no " + what + " '" + named.get() + "' is configured under " + section + ":"
                        + (names.isEmpty() ? " there is none" : " there are " + String.join(", ", names)));
            }
            return named.get();
        }
        if (names.size() == 1) {
            return names.getFirst();
        }
        throw new IllegalArgumentException(names.isEmpty()
                ? "retrieve needs a configured " + what + ": configure one under " + section + ":"
                : "several " + what + "s are configured under " + section + ": (" + String.join(", ", names) + "): name one with " + key + ":");
    }

    @Override
    public String description() {
        return "Searches vector-store collections the caller may read for the user's question and hands the passages found to the model as data (RunState.PASSAGES).";
    }
}
