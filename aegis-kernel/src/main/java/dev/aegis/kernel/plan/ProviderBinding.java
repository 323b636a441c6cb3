package dev.aegis.kernel.plan;

import static java.util.Objects.requireNonNull;

import dev.aegis.api.model.ModelProvider;
import dev.aegis.api.state.Target;

/**
 * A configured model provider: the instance and what its operator declared about it.
 *
 * @param target its name, labels and tags, as routers see them
 */
public record ProviderBinding(String name, String type, ModelProvider provider, Target target) {

    public ProviderBinding {
        requireNonNull(name, "name");
        requireNonNull(type, "type");
        requireNonNull(provider, "provider");
        requireNonNull(target, "target");
    }
}
