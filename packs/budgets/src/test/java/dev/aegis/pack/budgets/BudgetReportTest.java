package dev.aegis.pack.budgets;

import static dev.aegis.pack.budgets.BudgetsNodeTest.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aegis.api.AegisException;
import dev.aegis.api.auth.Principal;
import dev.aegis.api.state.Usage;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code GET /v1/budgets}: what a caller may see of the balances. */
class BudgetReportTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Principal ADMIN = new Principal("root", "platform", Set.of("admin"), Map.of());

    @TempDir
    Path directory;

    NodeFixture budgets;

    @BeforeEach
    void start() {
        budgets = new NodeFixture(directory, BudgetsNodeTest.PRICES + """
                currency: EUR
                limits:
                  teams:
                    payments: {spend: {month: 100.00}, rpm: 600}
                    support: {spend: {day: 5}}
                  keys:
                    alice: {spend: {day: 5}}
                """);
    }

    @AfterEach
    void stop() {
        budgets.close();
    }

    @Test
    void theCallerSeesItsTeamAndKeyWithSpentReservedRemainingAndReset() throws Exception {
        budgets.node.onRunEnd(Runs.answered(budgets.admit(request("run-1")), "m", Usage.ofTokens(5, 20)));
        budgets.admit(request("run-2"));

        JsonNode report = render(Runs.ALICE, Map.of());

        assertThat(report.path("object").asText()).isEqualTo("budgets");
        assertThat(report.path("currency").asText()).isEqualTo("EUR");
        assertThat(report.path("teams")).hasSize(1);
        JsonNode team = report.path("teams").get(0);
        assertThat(team.path("team").asText()).isEqualTo("payments");
        JsonNode month = limit(team, "spend", "month");
        assertThat(month.path("limit").decimalValue()).isEqualByComparingTo("100");
        assertThat(month.path("spent").decimalValue()).isEqualByComparingTo("0.045");
        assertThat(month.path("reserved").decimalValue()).isEqualByComparingTo("0.205");
        assertThat(month.path("remaining").decimalValue()).isEqualByComparingTo("99.75");
        assertThat(month.path("resets_at").asText()).isEqualTo("2025-02-01T00:00:00Z");
        assertThat(limit(team, "spend", "day").path("limit").isNull()).isTrue();
        assertThat(limit(team, "requests", "minute").path("spent").asLong()).isEqualTo(1);
        assertThat(limit(team, "requests", "minute").path("reserved").asLong()).isEqualTo(1);
        assertThat(limit(team, "requests", "minute").path("remaining").asLong()).isEqualTo(598);
        JsonNode key = report.path("key");
        assertThat(key.path("id").asText()).isEqualTo("alice");
        assertThat(limit(key, "spend", "day").path("remaining").decimalValue()).isEqualByComparingTo("4.75");
    }

    @Test
    void anotherTeamsBudgetIsForbiddenToAnyoneButAnAdmin() {
        assertThatThrownBy(() -> budgets.node.render(Runs.ALICE, Map.of("team", "support")))
                .isInstanceOfSatisfying(AegisException.class, e -> assertThat(e.code()).isEqualTo("forbidden"));
    }

    @Test
    void anAdminSeesEveryTeamOrTheOneAskedFor() throws Exception {
        assertThat(render(ADMIN, Map.of()).path("teams").findValuesAsText("team")).containsExactly("payments", "platform", "support");
        assertThat(render(ADMIN, Map.of("team", "support")).path("teams").findValuesAsText("team")).containsExactly("support");
    }

    @Test
    void aPrincipalWithoutATeamSeesItsKeyAlone() throws Exception {
        JsonNode report = render(Principal.of("service-7", ""), Map.of());

        assertThat(report.path("teams")).isEmpty();
        assertThat(report.path("key").path("id").asText()).isEqualTo("service-7");
    }

    @Test
    void theReportSaysNothingAboutTheStore() {
        String text = budgets.node.render(ADMIN, Map.of());

        assertThat(text).doesNotContain("sqlite", "jdbc", "password", "counter_key", "spend:");
        assertThat(budgets.node.resourceName()).isEqualTo("budgets");
    }

    private JsonNode render(Principal principal, Map<String, String> query) throws Exception {
        return JSON.readTree(budgets.node.render(principal, query));
    }

    private static JsonNode limit(JsonNode subject, String name, String period) {
        for (JsonNode limit : subject.path("limits")) {
            if (limit.path("name").asText().equals(name) && limit.path("period").asText().equals(period)) {
                return limit;
            }
        }
        throw new AssertionError("no " + name + "/" + period + " limit in " + subject);
    }
}
