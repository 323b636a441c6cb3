package dev.aegis.kernel.plan;

import dev.aegis.api.guard.Verdict;
import dev.aegis.api.hook.LifecycleHook;
import dev.aegis.api.hook.RunEndListener;
import dev.aegis.api.hook.RunStartListener;
import dev.aegis.api.hook.StartupListener;
import dev.aegis.api.hook.VerdictListener;
import dev.aegis.api.state.RunState;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The configured lifecycle hooks, sorted by callback. A hook that throws is logged by name and
 * never changes the run.
 */
public final class Hooks {

    private static final Logger LOG = Logger.getLogger(Hooks.class.getName());
    private static final Hooks NONE = new Hooks(Map.of());

    private final List<Named<StartupListener>> startup = new ArrayList<>();
    private final List<Named<RunStartListener>> runStart = new ArrayList<>();
    private final List<Named<RunEndListener>> runEnd = new ArrayList<>();
    private final List<Named<VerdictListener>> verdict = new ArrayList<>();

    /** @param hooksByName hook instances by configured name, in configuration order */
    public Hooks(Map<String, LifecycleHook> hooksByName) {
        hooksByName.forEach((name, hook) -> {
            if (hook instanceof StartupListener listener) {
                startup.add(new Named<>(name, listener));
            }
            if (hook instanceof RunStartListener listener) {
                runStart.add(new Named<>(name, listener));
            }
            if (hook instanceof RunEndListener listener) {
                runEnd.add(new Named<>(name, listener));
            }
            if (hook instanceof VerdictListener listener) {
                verdict.add(new Named<>(name, listener));
            }
        });
    }

    public static Hooks none() {
        return NONE;
    }

    public boolean isEmpty() {
        return startup.isEmpty() && runStart.isEmpty() && runEnd.isEmpty() && verdict.isEmpty();
    }

    public void startup(List<String> routes) {
        dispatch(startup, listener -> listener.onStartup(routes));
    }

    public void runStarted(RunState state) {
        dispatch(runStart, listener -> listener.onRunStart(state));
    }

    public void runEnded(RunState state) {
        dispatch(runEnd, listener -> listener.onRunEnd(state));
    }

    public void verdict(String guard, Verdict result, RunState state) {
        dispatch(verdict, listener -> listener.onVerdict(guard, result, state));
    }

    private static <L> void dispatch(List<Named<L>> listeners, Consumer<L> call) {
        for (Named<L> named : listeners) {
            try {
                call.accept(named.listener());
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "lifecycle hook '" + named.name() + "' failed; the run is unaffected", e);
            }
        }
    }

    private record Named<L>(String name, L listener) {}
}
