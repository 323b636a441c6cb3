package dev.aegis.pack.rag;

import dev.aegis.api.PluginContext;
import dev.aegis.testkit.FakePluginContext;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A plugin context whose lookups find the instances a test registered, by contract and entry name. */
final class LookupContext implements PluginContext {

    private final FakePluginContext base = FakePluginContext.named("retrieve");
    private final Map<Class<?>, Map<String, Object>> instances = new LinkedHashMap<>();

    <T> LookupContext with(Class<T> contract, String name, T instance) {
        instances.computeIfAbsent(contract, type -> new LinkedHashMap<>()).put(name, instance);
        return this;
    }

    @Override
    public <T> Optional<T> lookup(Class<T> contract, String name) {
        return Optional.ofNullable(instances.getOrDefault(contract, Map.of()).get(name)).map(contract::cast);
    }

    @Override
    public List<String> names(Class<?> contract) {
        return List.copyOf(instances.getOrDefault(contract, Map.of()).keySet());
    }

    @Override
    public String instanceName() {
        return base.instanceName();
    }

    @Override
    public Map<String, String> labels() {
        return base.labels();
    }

    @Override
    public Path dataDirectory() {
        return base.dataDirectory();
    }

    @Override
    public Clock clock() {
        return base.clock();
    }
}
