package dev.aegis.runtime;

import dev.aegis.api.auth.Principal;
import dev.aegis.api.guard.Guardrail;
import dev.aegis.api.model.ModelProvider;
import dev.aegis.api.node.PipelineNode;
import dev.aegis.api.state.Event;
import dev.aegis.api.state.Message;
import dev.aegis.api.state.RunState;
import dev.aegis.api.state.Target;
import dev.aegis.kernel.plan.Durability;
import dev.aegis.kernel.plan.ExecutePlan;
import dev.aegis.kernel.plan.Hooks;
import dev.aegis.kernel.plan.OnError;
import dev.aegis.kernel.plan.ProviderBinding;
import dev.aegis.kernel.plan.RoutePlan;
import dev.aegis.kernel.plan.Step;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Builds small routes for tests, the way the kernel resolves them. */
final class TestRoute {

    private final List<Step> ingress = new ArrayList<>();
    private final List<Step> egress = new ArrayList<>();
    private final List<ProviderBinding> providers = new ArrayList<>();
    private Optional<Step> router = Optional.empty();
    private int retries;
    private Hooks hooks = Hooks.none();
    private Durability durability = Durability.NONE;
    private String name = "support";
    private Optional<dev.aegis.kernel.plan.ToolsPlan> tools = Optional.empty();

    static TestRoute route() {
        return new TestRoute();
    }

    static RunState request(Message... messages) {
        return RunState.start("run-1", "support", Principal.of("alice", "payments"), List.of(messages));
    }

    static RunState request(String userText) {
        return request(Message.user(userText));
    }

    static List<Event> events(RunResult result, String type) {
        return result.state().events().stream().filter(event -> event.type().equals(type)).toList();
    }

    TestRoute ingress(String type, Guardrail guard) {
        return ingress(type, guard, OnError.BLOCK);
    }

    TestRoute ingress(String type, Guardrail guard, OnError onError) {
        ingress.add(new Step("ingress." + (ingress.size() + 1) + "." + type, type, new Step.GuardAction(guard), onError));
        return this;
    }

    TestRoute ingressNode(String type, PipelineNode node, OnError onError) {
        ingress.add(new Step("ingress." + (ingress.size() + 1) + "." + type, type, new Step.NodeAction(node), onError));
        return this;
    }

    TestRoute router(String type, PipelineNode node) {
        router = Optional.of(new Step("route." + type, type, new Step.NodeAction(node), OnError.BLOCK));
        return this;
    }

    TestRoute provider(String name, ModelProvider provider) {
        providers.add(new ProviderBinding(name, "fake", provider, Target.of(name)));
        return this;
    }

    TestRoute retries(int count) {
        retries = count;
        return this;
    }

    TestRoute egress(String type, Guardrail guard) {
        egress.add(new Step("egress." + (egress.size() + 1) + "." + type, type, new Step.GuardAction(guard), OnError.BLOCK));
        return this;
    }

    TestRoute egressNode(String type, PipelineNode node) {
        egress.add(new Step("egress." + (egress.size() + 1) + "." + type, type, new Step.NodeAction(node), OnError.BLOCK));
        return this;
    }

    TestRoute durability(Durability chosen) {
        durability = chosen;
        return this;
    }

    TestRoute named(String route) {
        name = route;
        return this;
    }

    TestRoute hooks(Hooks configured) {
        hooks = configured;
        return this;
    }

    TestRoute tools(dev.aegis.kernel.plan.ToolsPlan plan) {
        tools = Optional.of(plan);
        return this;
    }

    RoutePlan plan() {
        return new RoutePlan(name, List.of(name + "-model"), ingress, router, new ExecutePlan(providers, retries), egress, durability,
                dev.aegis.kernel.plan.Access.EVERYONE, tools);
    }

    /** Through the graph engine, as durable routes run; {@link #compileDirect()} walks the chain without it. */
    CompiledRoute compile() {
        return new RouteCompiler(RetryBackoff.NONE).alwaysThroughGraph().compile(plan(), hooks);
    }

    CompiledRoute compileDirect() {
        return new RouteCompiler(RetryBackoff.NONE).compile(plan(), hooks);
    }

    CompiledRoute compile(RouteCompiler compiler) {
        return compiler.compile(plan(), hooks);
    }
}
