package dev.aegis.kernel.plan;

import java.util.List;

/**
 * The execute stage of a route: the providers it may call, in fallback order, and how hard to try;
 * and the embedders that serve its embeddings, in fallback order.
 *
 * @param providers empty on a route that only embeds
 * @param retries extra attempts per provider on a retryable failure before the first byte
 */
public record ExecutePlan(List<ProviderBinding> providers, List<EmbedderBinding> embedders, int retries) {

    public ExecutePlan {
        providers = List.copyOf(providers);
        embedders = List.copyOf(embedders);
        if (providers.isEmpty() && embedders.isEmpty()) {
            throw new IllegalArgumentException("execute stage needs at least one provider or embedder");
        }
        if (retries < 0) {
            throw new IllegalArgumentException("retries must not be negative");
        }
    }

    public ExecutePlan(List<ProviderBinding> providers, int retries) {
        this(providers, List.of(), retries);
    }
}
