package dev.aegis.pack.llmguard.injection.evaluation;

import dev.aegis.api.model.EmbeddingRequest;
import dev.aegis.api.model.EmbeddingResponse;
import dev.aegis.api.vector.EmbeddingProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** An embedder that remembers every text's vector, so that measuring several settings embeds each text once. */
final class CachingEmbedder implements EmbeddingProvider {

    private final EmbeddingProvider embedder;
    private final Map<String, float[]> vectors = new ConcurrentHashMap<>();

    CachingEmbedder(EmbeddingProvider embedder) {
        this.embedder = embedder;
    }

    @Override
    public EmbeddingResponse embed(EmbeddingRequest request) {
        return embedder.embed(request);
    }

    @Override
    public List<float[]> embed(List<String> texts) {
        List<String> missing = texts.stream().filter(text -> !vectors.containsKey(text)).distinct().toList();
        if (!missing.isEmpty()) {
            List<float[]> embedded = embedder.embed(missing);
            for (int i = 0; i < missing.size(); i++) {
                vectors.put(missing.get(i), embedded.get(i));
            }
        }
        List<float[]> out = new ArrayList<>(texts.size());
        texts.forEach(text -> out.add(vectors.get(text)));
        return out;
    }

    @Override
    public String model() {
        return embedder.model();
    }

    @Override
    public int dimensions() {
        return embedder.dimensions();
    }
}
