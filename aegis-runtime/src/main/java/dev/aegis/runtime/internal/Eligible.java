package dev.aegis.runtime.internal;

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
record Eligible(Target target, ProviderBinding binding) {

    String provider() {
        return binding.name();
    }

    /** The run's targets in their order, each matched by name to a provider of the execute stage. */
    static List<Eligible> resolve(List<Target> targets, List<ProviderBinding> bindings) {
        Map<String, ProviderBinding> byName = bindings.stream()
                .collect(Collectors.toMap(ProviderBinding::name, Function.identity(), (first, second) -> first));
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
