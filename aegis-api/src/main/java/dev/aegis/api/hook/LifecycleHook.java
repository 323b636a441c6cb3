package dev.aegis.api.hook;

import dev.aegis.api.API;

/**
 * Marker of the lifecycle callbacks. A hook implements the callback interfaces it needs
 * ({@link StartupListener}, {@link RunStartListener}, {@link RunEndListener}, {@link VerdictListener}).
 * Callbacks run on the request thread: keep them short. An exception from a hook is logged with the
 * hook's name and never changes the run.
 */
@API(status = API.Status.STABLE)
public interface LifecycleHook {}
