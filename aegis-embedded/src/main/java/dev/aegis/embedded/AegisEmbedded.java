package dev.aegis.embedded;

import dev.aegis.embedded.internal.EmbeddedGateway;
import dev.aegis.kernel.KernelOptions;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Loads a gateway into this JVM from an {@code aegis.yaml}:
 * {@code try (EmbeddedAegis aegis = AegisEmbedded.load(Path.of("aegis.yaml"))) { aegis.as(key).runs()... }}.
 * The file is validated as the server validates it (its {@code server} section is accepted and only
 * {@code kept-runs} used); plugins are found on the class path and, if given, in a plugins directory.
 */
public final class AegisEmbedded {

    private AegisEmbedded() {}

    /**
     * @throws dev.aegis.kernel.config.ConfigException listing every problem of the configuration
     */
    public static EmbeddedAegis load(Path config) {
        return builder(config).load();
    }

    public static Builder builder(Path config) {
        return new Builder(config);
    }

    /** Where the configuration, plugins and data are. */
    public static final class Builder {

        private final Path config;
        private Optional<Path> pluginsDirectory = Optional.empty();
        private Optional<Path> dataDirectory = Optional.empty();
        private Map<String, String> environment = Map.of();

        private Builder(Path config) {
            this.config = config;
        }

        /** A directory of drop-in plugin jars, loaded as the server loads them. */
        public Builder pluginsDirectory(Path directory) {
            this.pluginsDirectory = Optional.of(directory);
            return this;
        }

        /** Overrides the file's {@code data-dir} (the SQLite state store, the audit log, plugins' files). */
        public Builder dataDirectory(Path directory) {
            this.dataDirectory = Optional.of(directory);
            return this;
        }

        /** {@code AEGIS__SECTION__KEY} overrides of the configuration, e.g. {@code System.getenv()}; none by default. */
        public Builder environment(Map<String, String> variables) {
            this.environment = Map.copyOf(variables);
            return this;
        }

        /** @throws dev.aegis.kernel.config.ConfigException listing every problem of the configuration */
        public EmbeddedAegis load() {
            Map<String, String> overrides = new HashMap<>(environment);
            // the kernel's own override mechanism, so the data directory is set before anything opens it
            dataDirectory.ifPresent(directory -> overrides.put("AEGIS__DATA_DIR", directory.toString()));
            KernelOptions options = KernelOptions.of(config).withEnvironment(overrides);
            if (pluginsDirectory.isPresent()) {
                options = options.withPluginDirectory(pluginsDirectory.get());
            }
            return new EmbeddedAegis(EmbeddedGateway.open(options), Optional.empty(), true);
        }
    }
}
