package dev.aegis.kernel.plan;

import java.util.List;

/**
 * The execute stage of a route: the providers it may call, in fallback order, and how hard to try.
 *
 * @param retries extra attempts per provider on a retryable failure before the first byte
 */
public record ExecutePlan(List<ProviderBinding> providers, int retries) {

    public ExecutePlan {
        providers = List.copyOf(providers);
        if (providers.isEmpty()) {
            throw new IllegalArgumentException("execute stage needs at least one provider");
        }
        if (retries < 0) {
            throw new IllegalArgumentException("retries must not be negative");
        }
    }
}
