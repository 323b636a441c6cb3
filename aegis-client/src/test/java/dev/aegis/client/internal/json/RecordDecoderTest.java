package dev.aegis.client.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aegis.client.model.Approval;
import dev.aegis.client.model.ApprovalStatus;
import dev.aegis.client.model.Budgets;
import dev.aegis.client.model.Role;
import dev.aegis.client.model.Run;
import dev.aegis.client.model.RunStatus;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RecordDecoderTest {

    private static final String PAUSED_RUN = """
            {"id": "run_1", "object": "run", "route": "payments", "status": "paused", "output": null,
             "halt": {"source": "house-rules", "reason": "wire transfer", "code": "approval_required"},
             "usage": {"prompt_tokens": 3, "completion_tokens": 0, "total_tokens": 3, "cost": "0.000120"},
             "labels": {"ticket": "T-1"},
             "events": [{"time": "2026-01-02T03:04:05.123Z", "source": "kernel", "type": "run.started", "detail": "", "attributes": {"k": "v"}}],
             "something_new": {"nested": [1, 2]}}""";

    @Test
    void aRunDocumentBecomesARunWithSnakeCaseFieldsMapped() {
        Run run = RecordDecoder.decode(JsonReader.parse(PAUSED_RUN), Run.class);

        assertThat(run.id()).isEqualTo("run_1");
        assertThat(run.status()).isEqualTo(RunStatus.PAUSED);
        assertThat(run.output()).isEmpty();
        assertThat(run.finishReason()).isEmpty();
        assertThat(run.halt()).hasValueSatisfying(halt -> assertThat(halt.code()).isEqualTo("approval_required"));
        assertThat(run.usage().promptTokens()).isEqualTo(3);
        assertThat(run.usage().cost()).isEqualByComparingTo("0.00012");
        assertThat(run.labels()).containsEntry("ticket", "T-1");
        assertThat(run.events()).singleElement().satisfies(event -> {
            assertThat(event.time()).isEqualTo(Instant.parse("2026-01-02T03:04:05.123Z"));
            assertThat(event.attributes()).containsEntry("k", "v");
        });
        assertThat(run.citations()).isEmpty();
    }

    @Test
    void aMessageWhoseContentIsTextPartsReadsAsTheirText() {
        Run run = RecordDecoder.decode(JsonReader.parse(PAUSED_RUN.replace("\"output\": null",
                "\"output\": {\"role\": \"assistant\", \"content\": [{\"type\": \"text\", \"text\": \"a\"}, {\"type\": \"image\"}, {\"type\": \"text\", \"text\": \"b\"}]}")), Run.class);

        assertThat(run.output()).hasValueSatisfying(message -> {
            assertThat(message.role()).isEqualTo(Role.ASSISTANT);
            assertThat(message.text()).isEqualTo("ab");
        });
    }

    @Test
    void aStatusThisClientDoesNotKnowIsUnknownRatherThanAnError() {
        Run run = RecordDecoder.decode(JsonReader.parse(PAUSED_RUN.replace("\"paused\"", "\"hibernating\"")), Run.class);

        assertThat(run.status()).isEqualTo(RunStatus.UNKNOWN);
    }

    @Test
    void aMissingRequiredFieldIsNamedByItsPath() {
        assertThatThrownBy(() -> RecordDecoder.decode(JsonReader.parse(PAUSED_RUN.replace("\"total_tokens\": 3,", "")), Run.class))
                .isInstanceOf(JsonException.class).hasMessage("missing or null $.usage.total_tokens");
    }

    @Test
    void aFieldOfTheWrongTypeIsNamedByItsPath() {
        assertThatThrownBy(() -> RecordDecoder.decode(JsonReader.parse(PAUSED_RUN.replace("\"labels\": {\"ticket\": \"T-1\"}", "\"labels\": {\"ticket\": 1}")), Run.class))
                .hasMessage("$.labels.ticket should be a string, not a number");
        assertThatThrownBy(() -> RecordDecoder.decode(JsonReader.parse(PAUSED_RUN.replace("\"2026-01-02T03:04:05.123Z\"", "\"yesterday\"")), Run.class))
                .hasMessage("$.events[0].time is not an ISO-8601 instant: 'yesterday'");
    }

    @Test
    void aListDocumentsItemsAreDecodedInOrder() {
        String list = """
                {"object": "list", "data": [{"id": "r", "object": "approval", "run_id": "r", "route": "payments", "principal": "developer",
                  "team": "dev", "reason": "wire", "guard": "house-rules", "rules": ["wire-transfer"], "status": "pending",
                  "approvals_required": 1, "approved_by": [], "created": "2026-01-01T00:00:00Z", "expires": "2026-01-02T00:00:00Z"}]}""";

        assertThat(RecordDecoder.list(JsonReader.parse(list), Approval.class)).singleElement().satisfies(approval -> {
            assertThat(approval.status()).isEqualTo(ApprovalStatus.PENDING);
            assertThat(approval.rules()).containsExactly("wire-transfer");
            assertThat(approval.decidedBy()).isEmpty();
            assertThat(approval.view()).isEmpty();
        });
    }

    @Test
    void budgetAmountsKeepTheirDecimalsAndAnOpenLimitIsEmpty() {
        String budgets = """
                {"object": "budgets", "currency": "USD", "as_of": "2026-01-01T00:00:00Z",
                 "teams": [{"team": "dev", "limits": [{"name": "monthly", "period": "month", "limit": 100.00, "spent": 0.25,
                   "reserved": 0, "lapsed": 0, "remaining": 99.75, "resets_at": "2026-02-01T00:00:00Z"}]}],
                 "key": {"id": "developer", "limits": [{"name": "count", "period": "day", "limit": null, "spent": 3,
                   "reserved": 0, "lapsed": 0, "remaining": null, "resets_at": "2026-01-02T00:00:00Z"}]}}""";

        Budgets decoded = RecordDecoder.decode(JsonReader.parse(budgets), Budgets.class);

        assertThat(decoded.team("dev").orElseThrow().limits().getFirst().remaining()).contains(new BigDecimal("99.75"));
        assertThat(decoded.key().limits().getFirst().limit()).isEmpty();
        assertThat(decoded.key().limits().getFirst().spent()).isEqualByComparingTo("3");
    }
}
