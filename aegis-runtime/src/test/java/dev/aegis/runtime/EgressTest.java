package dev.aegis.runtime;

import static dev.aegis.runtime.TestRoute.events;
import static dev.aegis.runtime.TestRoute.request;
import static dev.aegis.runtime.TestRoute.route;
import static org.assertj.core.api.Assertions.assertThat;

import dev.aegis.api.guard.ScanTarget;
import dev.aegis.api.state.Event;
import dev.aegis.api.state.Halt;
import dev.aegis.api.state.Message;
import dev.aegis.api.state.ToolCall;
import java.util.List;
import org.junit.jupiter.api.Test;

class EgressTest {

    @Test
    void egressGuardScansTheAnswerAsAResponse() {
        FakeGuard guard = FakeGuard.allowing();
        route().provider("main", FakeProvider.answering("Hello")).egress("watch", guard).compile().invoke(request("hi"));

        assertThat(guard.scanned).extracting(content -> content.target() + ":" + content.text()).containsExactly("RESPONSE:Hello");
    }

    @Test
    void sanitizingEgressGuardRewritesTheAnswer() {
        RunResult result = route().provider("main", FakeProvider.answering("call 555-1234"))
                .egress("mask", FakeGuard.sanitizing("555-1234", "<PHONE>")).compile().invoke(request("hi"));

        assertThat(result.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(result.answer()).map(Message::content).hasValue("call <PHONE>");
        assertThat(result.state().messages()).hasSize(2);
    }

    @Test
    void blockedEgressRefusesAnAnswerTheModelGave() {
        RunResult result = route().provider("main", FakeProvider.answering("Acme is better"))
                .egress("block-competitors", FakeGuard.blocking("Acme")).compile().invoke(request("hi"));

        assertThat(result.status()).isEqualTo(RunStatus.REFUSED);
        assertThat(result.halt()).hasValue(new Halt.Refused("egress.1.block-competitors", "guard_blocked", "mentions a forbidden word"));
        assertThat(result.answer()).isEmpty();
    }

    @Test
    void egressGuardScansTheArgumentsOfTheToolsTheModelCalls() {
        Message answer = Message.assistant("", List.of(new ToolCall("c1", "transfer", "{\"to\":\"Acme\"}")));
        FakeGuard guard = FakeGuard.blocking("Acme").targets(ScanTarget.TOOL_ARGUMENTS);

        RunResult result = route().provider("main", FakeProvider.answering(answer)).egress("args", guard).compile().invoke(request("pay"));

        assertThat(result.status()).isEqualTo(RunStatus.REFUSED);
        assertThat(guard.scanned).singleElement().satisfies(content -> assertThat(content.target()).isEqualTo(ScanTarget.TOOL_ARGUMENTS));
    }

    @Test
    void verdictEventsNameTheGuardAndDecisionButNeverTheScannedText() {
        RunResult result = route().ingress("mask", FakeGuard.sanitizing("4111-1111", "<CARD>"))
                .provider("main", FakeProvider.answering("noted"))
                .egress("tone", FakeGuard.allowing()).compile().invoke(request("card 4111-1111 please"));

        List<Event> verdicts = events(result, Event.VERDICT);
        assertThat(verdicts).extracting(Event::source).containsExactly("ingress.1.mask", "egress.1.tone");
        assertThat(verdicts.get(0).attributes())
                .containsEntry("guard", "mask").containsEntry("decision", "sanitize")
                .containsEntry("target", "prompt").containsEntry("rules", "masked-word").containsEntry("message", "0");
        assertThat(verdicts.get(1).attributes()).containsEntry("decision", "allow").containsEntry("target", "response");
        assertThat(result.state().events()).allSatisfy(event -> assertThat(event.toString()).doesNotContain("4111"));
    }
}
