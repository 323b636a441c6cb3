package dev.aegis.api.state;

import static java.util.Objects.requireNonNull;

import dev.aegis.api.API;
import java.util.Map;
import java.util.Set;

/**
 * A model provider a run may be sent to, with what its operator declared about it.
 *
 * @param provider the provider's configured name
 * @param labels e.g. {@code region=eu}
 * @param tags e.g. {@code gdpr}, {@code hipaa}
 */
@API(status = API.Status.STABLE)
public record Target(String provider, Map<String, String> labels, Set<String> tags) {

    public Target {
        requireNonNull(provider, "provider");
        labels = Map.copyOf(labels);
        tags = Set.copyOf(tags);
    }

    public static Target of(String provider) {
        return new Target(provider, Map.of(), Set.of());
    }
}
