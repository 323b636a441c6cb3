package dev.aegis.kernel.config;

import dev.aegis.kernel.internal.RecordBinder;
import java.util.List;

/**
 * Binds configuration text to a plugin's config record exactly as {@code aegis.yaml} loading does:
 * kebab-case keys, unknown keys rejected, Jakarta validation, secret references resolved.
 * For plugin config tests.
 */
public final class ConfigBinding {

    private ConfigBinding() {}

    /** Binds a YAML (or JSON) mapping; secret references fail. */
    public static <C extends Record> C bindYaml(Class<C> type, String yaml) {
        return bindYaml(type, yaml, SecretResolver.none());
    }

    /**
     * @throws ConfigException with every problem, paths relative to the mapping's root
     */
    public static <C extends Record> C bindYaml(Class<C> type, String yaml, SecretResolver secrets) {
        RecordBinder binder = new RecordBinder(secrets);
        return binder.bind(binder.parse(yaml, ""), type, "");
    }

    /** The configuration keys a record accepts, in kebab case, for listings. */
    public static List<String> keysOf(Class<? extends Record> type) {
        return RecordBinder.keysOf(type);
    }
}
