package dev.aegis.runtime;

import static dev.aegis.runtime.TestRoute.events;
import static dev.aegis.runtime.TestRoute.request;
import static dev.aegis.runtime.TestRoute.route;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aegis.api.guard.ScanTarget;
import dev.aegis.api.state.Event;
import dev.aegis.api.state.Halt;
import dev.aegis.api.state.Message;
import dev.aegis.api.state.StateDelta;
import dev.aegis.api.state.ToolCall;
import dev.aegis.kernel.plan.OnError;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IngressTest {

    private final FakeProvider provider = FakeProvider.answering("Hello Alice");

    @Test
    void allowedRequestReachesTheProviderAndCompletes() {
        RunResult result = route().ingress("no-op", FakeGuard.allowing()).provider("main", provider).compile().invoke(request("hi"));

        assertThat(result.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(result.answer()).map(Message::content).hasValue("Hello Alice");
        assertThat(result.finishReason()).hasValue("stop");
        assertThat(result.usage().totalTokens()).isEqualTo(8);
        assertThat(provider.requests).singleElement().satisfies(request -> assertThat(request.messages()).containsExactly(Message.user("hi")));
        assertThat(result.state().events()).extracting(Event::type)
                .containsExactly(Event.RUN_STARTED, Event.VERDICT, Event.MODEL_CALL, Event.COMPLETED);
    }

    @Test
    void sanitizingIngressGuardRewritesThePromptBeforeTheProviderSeesIt() {
        RunResult result = route().ingress("mask", FakeGuard.sanitizing("4111", "<CARD>"))
                .provider("main", provider).compile().invoke(request("my card is 4111"));

        assertThat(result.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(provider.requests.get(0).messages()).containsExactly(Message.user("my card is <CARD>"));
        assertThat(events(result, Event.VERDICT)).singleElement()
                .satisfies(event -> assertThat(event.attributes()).containsEntry("decision", "sanitize").containsEntry("rules", "masked-word"));
    }

    @Test
    void blockedIngressNeverReachesTheProvider() {
        RunResult result = route().ingress("block-competitors", FakeGuard.blocking("Acme"))
                .provider("main", provider).compile().invoke(request("Is Acme cheaper?"));

        assertThat(result.status()).isEqualTo(RunStatus.REFUSED);
        assertThat(result.halt()).hasValue(new Halt.Refused("ingress.1.block-competitors", "guard_blocked", "mentions a forbidden word"));
        assertThat(provider.calls()).isZero();
        assertThat(result.answer()).isEmpty();
        assertThat(result.state().events()).extracting(Event::type).containsExactly(Event.RUN_STARTED, Event.VERDICT, Event.REFUSED);
    }

    @Test
    void approvalRequiredOnARouteThatCannotPauseIsRefusedBeforeTheProvider() {
        RunResult result = route().ingress("sensitive", FakeGuard.requiringApproval("merger"))
                .provider("main", provider).compile().invoke(request("draft the merger memo"));

        assertThat(result.status()).isEqualTo(RunStatus.REFUSED);
        assertThat(result.halt()).hasValueSatisfying(halt -> {
            assertThat(halt).isInstanceOfSatisfying(Halt.Refused.class, refused -> assertThat(refused.code()).isEqualTo("approval_unavailable"));
            assertThat(halt.source()).isEqualTo("ingress.1.sensitive");
            assertThat(halt.reason()).contains("needs a second pair of eyes", "durability none");
        });
        assertThat(provider.calls()).isZero();
        assertThat(events(result, Event.PAUSED)).isEmpty();
        assertThat(events(result, Event.REFUSED)).singleElement()
                .satisfies(event -> assertThat(event.attributes()).containsEntry("code", "approval_unavailable"));
    }

    @Test
    void laterStepsDoNotRunOnceAStepBlocked() {
        FakeGuard second = FakeGuard.allowing();
        route().ingress("first", FakeGuard.blocking("x")).ingress("second", second).provider("main", provider).compile().invoke(request("x"));

        assertThat(second.scanned).isEmpty();
    }

    @Test
    void messagesAreScannedAsTheKindOfContentTheyAre() {
        FakeGuard guard = FakeGuard.allowing();
        Message assistant = Message.assistant("", List.of(new ToolCall("call-1", "lookup", "{\"q\":1}")));
        route().ingress("watch", guard).provider("main", provider).compile()
                .invoke(request(Message.system("be nice"), Message.user("hi"), assistant, Message.tool("call-1", "found")));

        assertThat(guard.scanned).extracting(content -> content.target() + ":" + content.text())
                .containsExactly("PROMPT:be nice", "PROMPT:hi", "TOOL_ARGUMENTS:{\"q\":1}", "TOOL_RESULT:found");
        assertThat(guard.scanned).noneMatch(content -> content.partial());
    }

    @Test
    void guardSeesOnlyTheTargetsItAsksFor() {
        FakeGuard guard = FakeGuard.allowing().targets(ScanTarget.TOOL_RESULT);
        route().ingress("results-only", guard).provider("main", provider).compile()
                .invoke(request(Message.user("hi"), Message.tool("call-1", "found")));

        assertThat(guard.scanned).extracting(content -> content.text()).containsExactly("found");
    }

    @Test
    void sanitizedToolArgumentsReplaceOnlyThatCall() {
        Message assistant = Message.assistant("", List.of(new ToolCall("a", "pay", "{\"card\":\"4111\"}"), new ToolCall("b", "log", "{}")));
        RunResult result = route().ingress("mask", FakeGuard.sanitizing("4111", "<CARD>").targets(ScanTarget.TOOL_ARGUMENTS))
                .provider("main", provider).compile().invoke(request(Message.user("pay"), assistant));

        assertThat(provider.requests.get(0).messages().get(1).toolCalls()).extracting(ToolCall::arguments)
                .containsExactly("{\"card\":\"<CARD>\"}", "{}");
        assertThat(events(result, Event.VERDICT).get(0).attributes()).containsEntry("tool_call", "a").containsEntry("target", "tool_arguments");
    }

    @Test
    void failingGuardRefusesTheRunByDefaultWithoutQuotingTheError() {
        RunResult result = route().ingress("flaky", FakeGuard.failing("could not parse 'my card is 4111'"))
                .provider("main", provider).compile().invoke(request("my card is 4111"));

        assertThat(result.status()).isEqualTo(RunStatus.REFUSED);
        assertThat(result.halt()).hasValue(new Halt.Refused("ingress.1.flaky", "guard_error", "flaky failed", Halt.Refused.Kind.UNAVAILABLE, Optional.empty()));
        assertThat(provider.calls()).isZero();
        assertThat(events(result, Event.NODE_ERROR)).singleElement().satisfies(event -> {
            assertThat(event.attributes()).containsEntry("error", IllegalStateException.class.getName());
            assertThat(event.toString()).doesNotContain("4111");
        });
    }

    @Test
    void failingGuardWithOnErrorAllowLetsTheRunContinue() {
        RunResult result = route().ingress("flaky", FakeGuard.failing("boom"), OnError.ALLOW)
                .provider("main", provider).compile().invoke(request("hi"));

        assertThat(result.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(provider.calls()).isOne();
        assertThat(events(result, Event.NODE_ERROR)).singleElement().extracting(Event::source).isEqualTo("ingress.1.flaky");
    }

    @Test
    void nodeDeltaIsApplied() {
        RunResult result = route().ingressNode("classify", state -> StateDelta.empty().label("classification", "internal"), OnError.BLOCK)
                .provider("main", provider).compile().invoke(request("hi"));

        assertThat(result.state().label("classification")).hasValue("internal");
    }

    @Test
    void nodeReturningNullIsAContractViolationNamingIt() {
        CompiledRoute compiled = route().ingressNode("lazy", state -> null, OnError.ALLOW).provider("main", provider).compile();

        assertThatThrownBy(() -> compiled.invoke(request("hi")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("pipeline node 'lazy' of step 'ingress.1.lazy' returned null");
    }

    @Test
    void guardReturningNoVerdictIsAContractViolationNamingIt() {
        CompiledRoute compiled = route().ingress("silent", FakeGuard.returningNull()).provider("main", provider).compile();

        assertThatThrownBy(() -> compiled.invoke(request("hi")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("guardrail 'silent' of step 'ingress.1.silent' returned a null verdict");
    }
}
