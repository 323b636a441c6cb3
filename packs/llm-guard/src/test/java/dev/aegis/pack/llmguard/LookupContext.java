package dev.aegis.pack.llmguard;

import dev.aegis.api.PluginContext;
import dev.aegis.testkit.FakePluginContext;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A plugin context in which one other configured instance can be looked up, as the runtime offers embedders to guards. */
public final class LookupContext implements PluginContext {

    private final PluginContext context = FakePluginContext.create();
    private final Class<?> contract;
    private final String name;
    private final Object instance;

    private LookupContext(Class<?> contract, String name, Object instance) {
        this.contract = contract;
        this.name = name;
        this.instance = instance;
    }

    public static <T> LookupContext with(Class<T> contract, String name, T instance) {
        return new LookupContext(contract, name, instance);
    }

    @Override
    public <T> Optional<T> lookup(Class<T> wanted, String wantedName) {
        return wanted == contract && wantedName.equals(name) ? Optional.of(wanted.cast(instance)) : Optional.empty();
    }

    @Override
    public List<String> names(Class<?> wanted) {
        return wanted == contract ? List.of(name) : List.of();
    }

    @Override
    public String instanceName() {
        return context.instanceName();
    }

    @Override
    public Map<String, String> labels() {
        return context.labels();
    }

    @Override
    public Path dataDirectory() {
        return context.dataDirectory();
    }

    @Override
    public Clock clock() {
        return context.clock();
    }
}
