package dev.aegis.testkit;

import static java.util.Objects.requireNonNull;

import dev.aegis.api.PluginContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A {@link PluginContext} for tests: a name, labels, a data directory (a fresh temporary directory,
 * created on first use, unless one is given) and a fixed clock at {@link #EPOCH}. Immutable; each
 * {@code with…} returns a new context.
 */
public final class FakePluginContext implements PluginContext {

    /** The instant the default clock stands still at. */
    public static final Instant EPOCH = Instant.parse("2025-01-01T00:00:00Z");

    private final String instanceName;
    private final Map<String, String> labels;
    private final Optional<Path> dataDirectory;
    private final Clock clock;
    private volatile Path createdDirectory;

    private FakePluginContext(String instanceName, Map<String, String> labels, Optional<Path> dataDirectory, Clock clock) {
        this.instanceName = requireNonNull(instanceName, "instanceName");
        this.labels = Map.copyOf(labels);
        this.dataDirectory = requireNonNull(dataDirectory, "dataDirectory");
        this.clock = requireNonNull(clock, "clock");
    }

    /** A context for the entry {@code test}. */
    public static FakePluginContext create() {
        return named("test");
    }

    public static FakePluginContext named(String instanceName) {
        return new FakePluginContext(instanceName, Map.of(), Optional.empty(), Clock.fixed(EPOCH, ZoneOffset.UTC));
    }

    public FakePluginContext withLabel(String name, String value) {
        Map<String, String> next = new LinkedHashMap<>(labels);
        next.put(requireNonNull(name, "name"), requireNonNull(value, "value"));
        return new FakePluginContext(instanceName, next, dataDirectory, clock);
    }

    public FakePluginContext withLabels(Map<String, String> newLabels) {
        return new FakePluginContext(instanceName, newLabels, dataDirectory, clock);
    }

    /** Uses {@code directory}, e.g. a JUnit {@code @TempDir}, instead of a temporary directory. */
    public FakePluginContext withDataDirectory(Path directory) {
        return new FakePluginContext(instanceName, labels, Optional.of(directory), clock);
    }

    public FakePluginContext withClock(Clock newClock) {
        return new FakePluginContext(instanceName, labels, dataDirectory, newClock);
    }

    @Override
    public String instanceName() {
        return instanceName;
    }

    @Override
    public Map<String, String> labels() {
        return labels;
    }

    @Override
    public Path dataDirectory() {
        if (dataDirectory.isPresent()) {
            return createDirectories(dataDirectory.get());
        }
        Path created = createdDirectory;
        if (created == null) {
            synchronized (this) {
                if (createdDirectory == null) {
                    createdDirectory = createTemporary();
                }
                created = createdDirectory;
            }
        }
        return created;
    }

    @Override
    public Clock clock() {
        return clock;
    }

    private Path createTemporary() {
        try {
            // the name makes leftovers recognisable; tests that care about cleanup pass a @TempDir
            return Files.createTempDirectory("aegis-" + instanceName.replaceAll("[^A-Za-z0-9-]", "_") + "-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a data directory for " + instanceName, e);
        }
    }

    private static Path createDirectories(Path directory) {
        try {
            return Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create data directory " + directory, e);
        }
    }

    @Override
    public String toString() {
        return "FakePluginContext[" + instanceName + ", labels=" + labels + "]";
    }
}
