package dev.aegis.runtime.durable.internal;

import dev.aegis.api.state.Event;
import dev.aegis.api.state.Halt;
import dev.aegis.api.state.RunState;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The rules a paused run's approval request is for: those of the verdict that asked for approval,
 * read from the run's events (a guard's verdict event names the rules of its evidence). Empty when
 * a pipeline node asked, or a guard that names no rule.
 */
public final class HaltRules {

    private HaltRules() {}

    public static Set<String> of(RunState paused) {
        String source = paused.halt().filter(Halt.AwaitingApproval.class::isInstance).map(Halt::source).orElse("");
        List<Event> events = paused.events();
        for (int i = events.size() - 1; i >= 0; i--) {
            Event event = events.get(i);
            if (event.type().equals(Event.VERDICT) && event.source().equals(source)
                    && "require_approval".equals(event.attributes().get("decision")) && !event.attributes().containsKey("approval")) {
                String rules = event.attributes().getOrDefault("rules", "");
                return rules.isEmpty() ? Set.of() : Set.copyOf(new TreeSet<>(Arrays.asList(rules.split(","))));
            }
        }
        return Set.of();
    }
}
