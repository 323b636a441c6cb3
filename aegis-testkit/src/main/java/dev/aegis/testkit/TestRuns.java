package dev.aegis.testkit;

import dev.aegis.api.auth.Principal;
import dev.aegis.api.state.Message;
import dev.aegis.api.state.RunState;
import java.util.List;

/**
 * Run states for tests. {@code TestRuns.state("hello")} is a fresh run in which the user said hello;
 * {@link #run()} builds anything richer.
 */
public final class TestRuns {

    public static final String RUN_ID = "run-1";
    public static final String ROUTE = "test";

    private TestRuns() {}

    /** The principal of test runs: {@code tester} of team {@code testers}. */
    public static Principal principal() {
        return Principal.of("tester", "testers");
    }

    /** A fresh run whose conversation is one user message. */
    public static RunState state(String userText) {
        return state(Message.user(userText));
    }

    /** A fresh run with this conversation. */
    public static RunState state(Message... messages) {
        return RunState.start(RUN_ID, ROUTE, principal(), List.of(messages));
    }

    /** A builder starting from a run with no messages, run id {@value #RUN_ID} on route {@value #ROUTE}. */
    public static RunStateBuilder run() {
        return new RunStateBuilder(RUN_ID, ROUTE, principal());
    }
}
