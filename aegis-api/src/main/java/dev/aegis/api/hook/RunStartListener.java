package dev.aegis.api.hook;

import dev.aegis.api.API;
import dev.aegis.api.state.RunState;

/** Called when a run enters its route's graph. */
@API(status = API.Status.STABLE)
@FunctionalInterface
public interface RunStartListener extends LifecycleHook {

    void onRunStart(RunState state);
}
