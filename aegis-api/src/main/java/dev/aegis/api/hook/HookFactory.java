package dev.aegis.api.hook;

import dev.aegis.api.API;
import dev.aegis.api.PluginFactory;

/** Discovered factory of a {@link LifecycleHook}. */
@API(status = API.Status.STABLE)
public interface HookFactory<C extends Record> extends PluginFactory<C, LifecycleHook> {}
