package dev.aegis.api.hook;

import dev.aegis.api.API;
import dev.aegis.api.guard.Verdict;
import dev.aegis.api.state.RunState;

/** Called after each guard's verdict, with the guard's name and the state it scanned. */
@API(status = API.Status.STABLE)
@FunctionalInterface
public interface VerdictListener extends LifecycleHook {

    void onVerdict(String guard, Verdict verdict, RunState state);
}
