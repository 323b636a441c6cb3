package dev.aegis.api.hook;

import dev.aegis.api.API;
import java.util.List;

/** Called once, after every route compiled and before traffic is accepted. */
@API(status = API.Status.STABLE)
@FunctionalInterface
public interface StartupListener extends LifecycleHook {

    void onStartup(List<String> routes);
}
