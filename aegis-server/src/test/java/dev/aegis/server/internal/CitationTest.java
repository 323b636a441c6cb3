package dev.aegis.server.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aegis.api.auth.Principal;
import dev.aegis.api.state.Message;
import dev.aegis.api.state.Passage;
import dev.aegis.api.state.RunState;
import dev.aegis.api.state.StateDelta;
import dev.aegis.api.state.Usage;
import dev.aegis.runtime.RunResult;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CitationTest {

    static final Passage REFUNDS = new Passage("r-0", "handbook", "refunds.md", 2, "Refunds take ten days.", 0.03125);
    final CompletionWriter writer = new CompletionWriter("run-1", "rag", 1);

    static RunState answered(StateDelta delta) {
        return RunState.start("run-1", "rag", Principal.of("bob", "support"), List.of(Message.user("refunds?")))
                .apply(delta.with(RunState.MESSAGES, List.of(Message.user("refunds?"), Message.assistant("ten days"))));
    }

    @Test
    void aCompletionOfARunThatRetrievedCarriesItsCitationsInTheAegisExtensionAndNeverTheText() throws IOException {
        Optional<List<Citation>> citations = Citation.of(answered(StateDelta.of(RunState.PASSAGES, List.of(REFUNDS))));

        JsonNode body = Json.MAPPER.readTree(writer.completion(Message.assistant("ten days"), "stop", Usage.ZERO, citations));

        assertThat(body.path("aegis").path("citations")).singleElement().satisfies(citation -> {
            assertThat(citation.path("collection").asText()).isEqualTo("handbook");
            assertThat(citation.path("document").asText()).isEqualTo("refunds.md");
            assertThat(citation.path("chunk").asInt()).isEqualTo(2);
            assertThat(citation.path("score").asDouble()).isEqualTo(0.03125);
        });
        assertThat(body.toString()).doesNotContain("Refunds take");
    }

    @Test
    void aRunThatRetrievedNothingHasNoExtensionAndOneWhosePassagesWereAllWithheldHasAnEmptyList() throws IOException {
        JsonNode plain = Json.MAPPER.readTree(writer.completion(Message.assistant("hi"), "stop", Usage.ZERO, Citation.of(answered(StateDelta.empty()))));
        JsonNode withheld = Json.MAPPER.readTree(writer.finishChunk("stop", false,
                Citation.of(answered(StateDelta.of(RunState.PASSAGES, List.of())))));

        assertThat(plain.has("aegis")).isFalse();
        assertThat(withheld.path("aegis").path("citations").isArray()).isTrue();
        assertThat(withheld.path("aegis").path("citations")).isEmpty();
    }

    @Test
    void theRunDocumentCarriesTheCitationsAndAnApprovedAnswerReadsThemBack() throws IOException {
        RunResult result = RunResult.of(answered(StateDelta.of(RunState.PASSAGES, List.of(REFUNDS))));

        JsonNode document = Json.MAPPER.readTree(RunDocument.of(result));

        assertThat(document.path("citations").findValuesAsText("document")).containsExactly("refunds.md");
        assertThat(document.toString()).doesNotContain("Refunds take");
        assertThat(Citation.read(document)).hasValue(List.of(new Citation("handbook", "refunds.md", 2, 0.03125)));
        assertThat(Citation.read(Json.MAPPER.readTree(RunDocument.of(RunResult.of(answered(StateDelta.empty())))))).isEmpty();
    }

    @Test
    void withUsageRequestedTheUsageChunkIsTheLastAndCarriesThem() throws IOException {
        JsonNode usage = Json.MAPPER.readTree(writer.usageChunk(Usage.ofTokens(1, 2), Optional.of(List.of(new Citation("h", "d", 0, 1)))));

        assertThat(usage.path("aegis").path("citations").findValuesAsText("document")).containsExactly("d");
    }
}
