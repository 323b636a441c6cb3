package dev.aegis.api;

/**
 * Creates one plugin instance per configuration entry. Discovered, named and validated by the
 * kernel; the typed configuration is a record bound strictly from {@code aegis.yaml}.
 *
 * @param <C> the configuration record; {@link NoConfig} when the plugin takes none
 * @param <T> what the factory creates
 */
@API(status = API.Status.STABLE)
public interface PluginFactory<C extends Record, T> {

    /** The unique kebab-case name configuration refers to, e.g. {@code "block-competitors"}. */
    String name();

    /** The record the configuration subtree is bound to. Unknown keys fail at load. */
    Class<C> configType();

    /** Creates an instance from validated configuration; called once per configuration entry at load. */
    T create(C config, PluginContext context);

    /** One line for {@code aegis plugins}. */
    default String description() {
        return "";
    }
}
