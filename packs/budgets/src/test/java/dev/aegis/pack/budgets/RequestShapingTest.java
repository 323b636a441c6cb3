package dev.aegis.pack.budgets;

import static dev.aegis.pack.budgets.BudgetsNodeTest.MAX_100;
import static dev.aegis.pack.budgets.BudgetsNodeTest.PRICES;
import static dev.aegis.pack.budgets.BudgetsNodeTest.nanos;
import static org.assertj.core.api.Assertions.assertThat;

import dev.aegis.api.model.ChatOptions;
import dev.aegis.api.state.RunState;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the node does to the request itself: the default price, and the output bound it writes. */
class RequestShapingTest {

    @TempDir
    Path directory;

    NodeFixture budgets;

    @BeforeEach
    void start() {
        budgets = new NodeFixture(directory, PRICES + "limits: {teams: {payments: {spend: {month: 100}}}}");
    }

    @AfterEach
    void stop() {
        budgets.close();
    }

    @Test
    void aDefaultPriceAdmitsModelsTheTableDoesNotName(@TempDir Path other) {
        try (NodeFixture priced = new NodeFixture(other, "leases: false\ndefault-price: {input: 1000, output: 2000}")) {
            RunState admitted = priced.admit(Runs.request("run-1", Runs.ALICE, "", "abc", MAX_100));

            assertThat(admitted.halt()).isEmpty();
            assertThat(priced.counter(NodeFixture.TEAM_MONTH).reserved()).isEqualTo(nanos("0.205"));
        }
    }

    @Test
    void theOutputBoundIsWrittenIntoTheRequestWhenTheClientSetNoneOrTooMuch() {
        ChatOptions unbounded = budgets.admit(Runs.request("run-1", Runs.ALICE, "m", "abc", Map.of())).get(RunState.CHAT_OPTIONS).orElseThrow();
        ChatOptions tooMuch = budgets.admit(Runs.request("run-2", Runs.ALICE, "m", "abc", Map.of("max_completion_tokens", "999999")))
                .get(RunState.CHAT_OPTIONS).orElseThrow();
        ChatOptions bounded = budgets.admit(Runs.request("run-3", Runs.ALICE, "m", "abc", Map.of("max_tokens", "7", "temperature", "0.2")))
                .get(RunState.CHAT_OPTIONS).orElseThrow();

        assertThat(unbounded.parameters()).containsEntry("max_tokens", "4096");
        assertThat(tooMuch.parameters()).containsEntry("max_completion_tokens", "16384").doesNotContainKey("max_tokens");
        assertThat(bounded.parameters()).containsExactlyInAnyOrderEntriesOf(Map.of("max_tokens", "7", "temperature", "0.2"));
    }

    @Test
    void withoutEnforcementTheRequestIsLeftAsTheClientSentIt(@TempDir Path other) {
        try (NodeFixture lenient = new NodeFixture(other, PRICES + "enforce-max-tokens: false")) {
            RunState admitted = lenient.admit(Runs.request("run-1", Runs.ALICE, "m", "abc", Map.of()));

            assertThat(admitted.get(RunState.CHAT_OPTIONS).orElseThrow().parameters()).isEmpty();
        }
    }

}
