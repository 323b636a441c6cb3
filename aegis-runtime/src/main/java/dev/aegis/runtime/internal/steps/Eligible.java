package dev.aegis.runtime.internal.steps;

import dev.aegis.api.state.Target;
import dev.aegis.kernel.plan.ProviderBinding;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A target still eligible for the run, with the provider that serves it.
 *
 * @param target as the run's {@link dev.aegis.api.state.RunState#TARGETS} hold it, labels and all
 */
public record Eligible(Target target, ProviderBinding binding) {

    public String provider() {
        return binding.name();
    }

    /** The execute stage's providers by name; the first of a name wins. */
    static Map<String, ProviderBinding> byName(List<ProviderBinding> bindings) {
        return bindings.stream().collect(Collectors.toUnmodifiableMap(ProviderBinding::name, Function.identity(), (first, second) -> first));
    }

    /** The run's targets in their order, each matched by name to a provider of the execute stage. */
    static List<Eligible> resolve(List<Target> targets, Map<String, ProviderBinding> byName) {
        List<Eligible> eligible = new ArrayList<>(targets.size());
        for (Target target : targets) {
            ProviderBinding binding = byName.get(target.provider());
            if (binding != null) {
                eligible.add(new Eligible(target, binding));
            }
        }
        return eligible;
    }
}
