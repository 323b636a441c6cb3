package dev.aegis.api.hook;

import dev.aegis.api.API;
import dev.aegis.api.state.RunState;

/** Called when a run leaves its route's graph: completed, refused or paused. */
@API(status = API.Status.STABLE)
@FunctionalInterface
public interface RunEndListener extends LifecycleHook {

    void onRunEnd(RunState state);
}
