package dev.aegis.runtime;

import static dev.aegis.runtime.TestRoute.events;
import static dev.aegis.runtime.TestRoute.request;
import static dev.aegis.runtime.TestRoute.route;
import static org.assertj.core.api.Assertions.assertThat;

import dev.aegis.api.guard.Content;
import dev.aegis.api.guard.ScanTarget;
import dev.aegis.api.model.ChatOptions;
import dev.aegis.api.model.ChatRequest;
import dev.aegis.api.model.ToolDefinition;
import dev.aegis.api.state.Event;
import dev.aegis.api.state.Message;
import dev.aegis.api.state.Role;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Ingress guards see what else of a request reaches the model: names, tool definitions, parameters. */
class RequestFieldsTest {

    private static final ChatOptions OPTIONS = new ChatOptions("", List.of(new ToolDefinition("refund", "pay back 4111",
            "{\"type\":\"object\",\"properties\":{\"card\":{\"type\":\"string\",\"default\":\"4111\",\"enum\":[\"4111\",\"none\"]}}}")),
            Map.of("stop", "[\"4111\"]", "temperature", "0.2", "prediction", "{\"type\":\"content\",\"content\":\"4111\"}"));

    private final FakeProvider provider = FakeProvider.answering("ok");

    @Test
    void aSanitizingGuardRewritesEveryFieldInPlaceBeforeTheProviderSeesIt() {
        RunResult result = route().ingress("mask", FakeGuard.sanitizing("4111", "<CARD>")).provider("main", provider).compile()
                .invoke(request(new Message(Role.USER, "hi", List.of(), Optional.empty(), Optional.of("4111"))), OPTIONS);

        assertThat(result.status()).isEqualTo(RunStatus.COMPLETED);
        ChatRequest sent = provider.requests.getFirst();
        assertThat(sent.messages().getFirst().name()).hasValue("<CARD>");
        ToolDefinition tool = sent.tools().getFirst();
        assertThat(tool.description()).isEqualTo("pay back <CARD>");
        assertThat(tool.parameters()).doesNotContain("4111").contains("\"default\":\"<CARD>\"", "\"enum\":[\"<CARD>\",\"none\"]");
        assertThat(sent.parameters()).containsEntry("stop", "[\"<CARD>\"]").containsEntry("temperature", "0.2")
                .containsEntry("prediction", "{\"type\":\"content\",\"content\":\"<CARD>\"}");
        assertThat(events(result, Event.VERDICT)).extracting(event -> event.attributes().get("field"))
                .contains("messages[0].name", "tools[0].description", "tools[0].parameters/properties/card/default", "parameters.stop/0");
    }

    @Test
    void aBlockingGuardRefusesOverAFieldAndNothingIsSent() {
        RunResult result = route().ingress("rules", FakeGuard.blocking("4111")).provider("main", provider).compile()
                .invoke(request("hi"), new ChatOptions("", List.of(), Map.of("stop", "\"4111\"")));

        assertThat(result.status()).isEqualTo(RunStatus.REFUSED);
        assertThat(provider.calls()).isZero();
        assertThat(events(result, Event.VERDICT)).last().satisfies(event -> assertThat(event.attributes()).containsEntry("field", "parameters.stop"));
    }

    @Test
    void eachFieldIsShownAloneAsPromptAndAllowsAreRecordedOnce() {
        FakeGuard guard = FakeGuard.allowing();
        RunResult result = route().ingress("look", guard).provider("main", provider).compile().invoke(request("hi"), OPTIONS);

        assertThat(guard.scanned).extracting(Content::target).containsOnly(ScanTarget.PROMPT);
        assertThat(guard.scanned).extracting(Content::text).contains("pay back 4111", "4111", "none", "object", "content");
        assertThat(events(result, Event.VERDICT)).hasSize(2).last()
                .satisfies(event -> assertThat(event.attributes()).containsEntry("decision", "allow").containsKey("fields"));
    }

    @Test
    void aGuardThatDoesNotScanPromptsSeesNoField() {
        FakeGuard guard = FakeGuard.allowing().targets(ScanTarget.TOOL_RESULT);
        route().ingress("results", guard).provider("main", provider).compile().invoke(request("hi"), OPTIONS);

        assertThat(guard.scanned).isEmpty();
    }
}
