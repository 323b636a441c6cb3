package dev.aegis.kernel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aegis.kernel.config.AegisFile;
import dev.aegis.kernel.config.ConfigError;
import dev.aegis.kernel.config.ConfigException;
import dev.aegis.kernel.discovery.PluginRegistry;
import dev.aegis.kernel.internal.Assembler;
import dev.aegis.kernel.internal.EnvOverrides;
import dev.aegis.kernel.internal.Instantiator;
import dev.aegis.kernel.internal.Names;
import dev.aegis.kernel.internal.RecordBinder;
import dev.aegis.kernel.internal.SecretProviders;
import dev.aegis.kernel.internal.SimplePluginContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The kernel: discovers plugins, binds {@code aegis.yaml} to typed records, resolves secrets and
 * assembles every route from the registry. It knows nothing of what the pipeline does.
 * Every problem is reported at once, each with its YAML path.
 */
public final class Kernel implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(Kernel.class.getName());

    private final PluginRegistry registry;
    private final Assembly assembly;
    private final JsonNode tree;
    private final List<AutoCloseable> created;

    private Kernel(PluginRegistry registry, Assembly assembly, JsonNode tree, List<AutoCloseable> created) {
        this.registry = registry;
        this.assembly = assembly;
        this.tree = tree;
        this.created = new ArrayList<>(created);
    }

    /**
     * @throws ConfigException listing every problem found
     */
    public static Kernel boot(KernelOptions options) {
        PluginRegistry registry = PluginRegistry.discover(options.classLoader(), options.pluginDirectory());
        return boot(options, registry);
    }

    /** Boots with an already discovered registry. */
    public static Kernel boot(KernelOptions options, PluginRegistry registry) {
        return boot(options, registry, Optional.empty());
    }

    /**
     * Loads the file again next to {@code previous}, which keeps serving: new instances of everything
     * but the embedders, vector stores and telemetry exporters, which are {@code previous}'s (they hold
     * indexes and exporters that must stay single; a change to their sections needs a restart, which
     * the caller checks with {@link #tree}). The new kernel owns them once it {@link #adopt}s them.
     *
     * @throws ConfigException listing every problem found; {@code previous} is untouched
     */
    public static Kernel reload(KernelOptions options, Kernel previous) {
        return boot(options, previous.registry, Optional.of(previous.assembly));
    }

    /**
     * The file as loaded, {@code AEGIS__…} overrides applied, before binding: what a reload compares
     * section by section. A copy.
     */
    public JsonNode tree() {
        return tree.deepCopy();
    }

    /** Reads and parses {@code options.config()} as {@link #tree} would show it, without creating anything. */
    public static JsonNode readTree(KernelOptions options) {
        RecordBinder parser = new RecordBinder(dev.aegis.kernel.config.SecretResolver.none());
        JsonNode tree = parser.parse(read(options.config()), "");
        if (!tree.isObject()) {
            throw ConfigException.of("", "the configuration must be a mapping of sections");
        }
        EnvOverrides.apply(tree, options.environment(), parser);
        return tree;
    }

    /**
     * Takes over from {@code previous}, this kernel's {@link #reload} source, what it carried over, so
     * that closing {@code previous} after its last run leaves them open and closing this one closes them.
     */
    public void adopt(Kernel previous) {
        java.util.Set<Object> carried = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        carried.addAll(assembly.embeddings().values());
        carried.addAll(assembly.vectorStores().values());
        carried.addAll(assembly.telemetry());
        List<AutoCloseable> taken = new ArrayList<>();
        synchronized (previous.created) {
            previous.created.removeIf(instance -> carried.contains(instance) && taken.add(instance));
        }
        synchronized (created) {
            // created before everything of this load: closed after it
            created.addAll(0, taken);
        }
    }

    private static Kernel boot(KernelOptions options, PluginRegistry registry, Optional<Assembly> carried) {
        RecordBinder parser = new RecordBinder(dev.aegis.kernel.config.SecretResolver.none());
        JsonNode tree = readTree(options);
        JsonNode loaded = tree.deepCopy();
        List<ConfigError> errors = new ArrayList<>();
        Map<String, JsonNode> sectionTrees = removeSections((ObjectNode) tree, options);
        unknownSections((ObjectNode) tree, options, errors);
        dropBrokenEntries((ObjectNode) tree, parser, errors);
        AegisFile file;
        try {
            file = parser.bind(tree, AegisFile.class, "");
        } catch (ConfigException e) {
            errors.addAll(e.errors());
            throw new ConfigException(errors);
        }
        Path dataDirectory = Path.of(file.dataDir());
        SecretProviders secrets = new SecretProviders(registry, file.secrets(),
                scheme -> new SimplePluginContext(scheme, Map.of(), dataDirectory.resolve(scheme), options.clock()));
        RecordBinder binder = new RecordBinder(secrets);
        // bound once the secret providers exist: a section may hold secrets too (a state encryption key)
        Map<String, Record> sections = sections(sectionTrees, options, binder, errors);
        Instantiator instantiator = new Instantiator(binder, dataDirectory, options.clock());
        Assembly assembly = new Assembler(registry, instantiator, options.environment()).assemble(file, sections, carried);
        errors.addAll(instantiator.errors());
        if (!errors.isEmpty()) {
            closeAll(instantiator.created());
            throw new ConfigException(errors);
        }
        return new Kernel(registry, assembly, loaded, instantiator.created());
    }

    public PluginRegistry registry() {
        return registry;
    }

    public Assembly assembly() {
        return assembly;
    }

    /** Closes every created instance that holds resources, in reverse order of creation. */
    @Override
    public void close() {
        List<AutoCloseable> instances;
        synchronized (created) {
            instances = List.copyOf(created);
            created.clear();
        }
        closeAll(instances);
    }

    private static Map<String, JsonNode> removeSections(ObjectNode tree, KernelOptions options) {
        Map<String, JsonNode> removed = new HashMap<>();
        for (String name : options.sections().keySet()) {
            JsonNode node = tree.remove(name);
            if (node != null) {
                removed.put(name, node);
            }
        }
        return removed;
    }

    private static Map<String, Record> sections(Map<String, JsonNode> trees, KernelOptions options, RecordBinder parser, List<ConfigError> errors) {
        Map<String, Record> sections = new HashMap<>();
        options.sections().forEach((name, type) -> {
            JsonNode node = trees.get(name);
            try {
                sections.put(name, parser.bind(node, type, Names.child("", name)));
            } catch (ConfigException e) {
                errors.addAll(e.errors());
            }
        });
        return sections;
    }

    // Reported here, and dropped, so that one misspelled section does not hide the errors of the others.
    private static void unknownSections(ObjectNode tree, KernelOptions options, List<ConfigError> errors) {
        List<String> known = new ArrayList<>(RecordBinder.keysOf(AegisFile.class));
        known.addAll(options.sections().keySet());
        List<String> unknown = new ArrayList<>();
        tree.fieldNames().forEachRemaining(name -> {
            if (!known.contains(name)) {
                unknown.add(name);
            }
        });
        for (String name : unknown) {
            errors.add(new ConfigError(name, "unknown section; the file accepts " + known));
            tree.remove(name);
        }
    }

    // Each entry is bound on its own first, so that one malformed entry does not hide the problems
    // of the others; the broken ones are reported and left out of the rest of the load.
    private static void dropBrokenEntries(ObjectNode tree, RecordBinder parser, List<ConfigError> errors) {
        Map<String, Class<? extends Record>> named = Map.of(
                "providers", dev.aegis.kernel.config.PluginEntry.class,
                "nodes", dev.aegis.kernel.config.NodeEntry.class,
                "routes", dev.aegis.kernel.config.RouteConfig.class,
                "embeddings", dev.aegis.kernel.config.PluginEntry.class,
                "vector-stores", dev.aegis.kernel.config.PluginEntry.class);
        named.forEach((section, type) -> {
            if (tree.get(section) instanceof ObjectNode entries) {
                List<String> broken = new ArrayList<>();
                entries.fields().forEachRemaining(entry -> {
                    if (!bindsAlone(entry.getValue(), type, Names.child(section, entry.getKey()), parser, errors)) {
                        broken.add(entry.getKey());
                    }
                });
                broken.forEach(entries::remove);
            }
        });
        for (String section : List.of("auth", "telemetry", "hooks")) {
            if (tree.get(section) instanceof com.fasterxml.jackson.databind.node.ArrayNode entries) {
                for (int i = entries.size() - 1; i >= 0; i--) {
                    // Removing would shift the indexes errors name: a broken list entry becomes an inert placeholder instead.
                    if (!bindsAlone(entries.get(i), dev.aegis.kernel.config.PluginEntry.class, Names.index(section, i), parser, errors)) {
                        entries.set(i, com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.nullNode());
                    }
                }
            }
        }
    }

    private static boolean bindsAlone(JsonNode entry, Class<? extends Record> type, String path, RecordBinder parser, List<ConfigError> errors) {
        try {
            parser.bind(entry, type, path);
            return true;
        } catch (ConfigException e) {
            errors.addAll(e.errors());
            return false;
        }
    }

    private static String read(Path config) {
        try {
            return Files.readString(config);
        } catch (IOException e) {
            throw ConfigException.of("", "cannot read " + config + ": " + e.getMessage());
        }
    }

    private static void closeAll(List<AutoCloseable> instances) {
        for (int i = instances.size() - 1; i >= 0; i--) {
            try {
                instances.get(i).close();
            } catch (Exception e) {
                LOG.log(Level.WARNING, "closing " + instances.get(i).getClass().getName() + " failed", e);
            }
        }
    }
}
