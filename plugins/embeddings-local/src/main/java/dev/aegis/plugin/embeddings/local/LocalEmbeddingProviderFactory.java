package dev.aegis.plugin.embeddings.local;

import dev.aegis.api.PluginContext;
import dev.aegis.api.vector.EmbeddingProvider;
import dev.aegis.api.vector.EmbeddingProviderFactory;
import java.nio.file.Path;
import java.util.Optional;

/** The {@code local} embedder: all-MiniLM-L6-v2 run in the gateway's process. */
public final class LocalEmbeddingProviderFactory implements EmbeddingProviderFactory<LocalEmbeddingConfig> {

    @Override
    public String name() {
        return "local";
    }

    @Override
    public Class<LocalEmbeddingConfig> configType() {
        return LocalEmbeddingConfig.class;
    }

    @Override
    public EmbeddingProvider create(LocalEmbeddingConfig config, PluginContext context) {
        Optional<Path> cache = NativeLibraries.placeTokenizerLibrary(context);
        int intraOpThreads = Math.max(1, Runtime.getRuntime().availableProcessors() / config.threads());
        ModelHolder model = new ModelHolder(context.instanceName(), () -> {
            MiniLmEncoder encoder = MiniLmEncoder.load(intraOpThreads);
            cache.ifPresent(NativeLibraries::ownerOnly);
            return encoder;
        }, config.maxBatch());
        InferenceQueue queue = new InferenceQueue(model, context.instanceName(), config.threads(), config.maxBatch(), config.coalesce(), config.queue());
        LocalEmbeddingProvider provider = new LocalEmbeddingProvider(model, queue);
        if (config.warmUp()) {
            try {
                model.warmUp();
            } catch (Exception | LinkageError e) {
                provider.close();
                throw new IllegalStateException("cannot load " + config.model() + ": " + e.getMessage(), e);
            }
        }
        return provider;
    }

    @Override
    public String description() {
        return "In-process sentence embeddings (all-MiniLM-L6-v2, 384 dimensions): no key, no network";
    }
}
