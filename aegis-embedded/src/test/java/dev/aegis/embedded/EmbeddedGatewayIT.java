package dev.aegis.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aegis.api.auth.Principal;
import dev.aegis.client.RunStream;
import dev.aegis.client.error.AuthenticationException;
import dev.aegis.client.error.NotFoundException;
import dev.aegis.client.error.PermissionDeniedException;
import dev.aegis.client.model.Approval;
import dev.aegis.client.model.AuditQuery;
import dev.aegis.client.model.AuditRecord;
import dev.aegis.client.model.Delta;
import dev.aegis.client.model.Run;
import dev.aegis.client.model.RunEvent;
import dev.aegis.client.model.RunRequest;
import dev.aegis.client.model.RunStatus;
import dev.aegis.client.model.RunStreamEvent;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The gateway as a library: {@code embedded-aegis.yaml} loaded in this JVM, its routes run with no
 * HTTP hop but to a real upstream, as principals the configured api-key authenticator resolves.
 */
class EmbeddedGatewayIT {

    private static final String ALICE = "embedded-alice-key";
    private static final String BOB = "embedded-bob-key";
    private static final String CAROL = "embedded-carol-key";
    private static final String EMAIL = "alice.smith@example.com";
    private static final int UPSTREAM_PORT = 28561;

    @TempDir
    static Path data;

    static EchoUpstream upstream;
    static EmbeddedAegis gateway;

    @BeforeAll
    static void load() throws Exception {
        upstream = new EchoUpstream(UPSTREAM_PORT);
        gateway = AegisEmbedded.builder(config())
                .dataDirectory(data)
                .environment(Map.of("AEGIS__PROVIDERS__UPSTREAM__CONFIG__BASE_URL", upstream.baseUrl()))
                .load();
    }

    @AfterAll
    static void close() {
        gateway.close();
        upstream.close();
    }

    @Test
    void theUpstreamSeesPlaceholdersWhileTheCallerGetsItsDataBackAndTheAuditLogHoldsTheRun() {
        Run run = gateway.as(ALICE).runs().create("governed", "Email " + EMAIL + " the receipt, thanks");

        assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(run.text()).isEqualTo("Echo: Email " + EMAIL + " the receipt, thanks");
        assertThat(upstream.bodies).singleElement().satisfies(body -> assertThat(body).doesNotContain(EMAIL).contains("<EMAIL_1>"));
        List<AuditRecord> records = gateway.as(ALICE).audit().list(AuditQuery.all().run(run.id()));
        assertThat(records).extracting(AuditRecord::type).contains("run.started", "completed");
        assertThat(records).allSatisfy(record -> {
            assertThat(record.principal()).isEqualTo("alice");
            assertThat(record.detail() + record.attributes()).doesNotContain(EMAIL);
        });
        assertThat(gateway.as(ALICE).audit().verify().intact()).isTrue();
    }

    @Test
    void aTeamPastItsBudgetIsRefusedAndSeesItsBudget() {
        EmbeddedAegis carol = gateway.as(CAROL);

        Run refused = carol.runs().create("metered", "hello");

        assertThat(refused.status()).isEqualTo(RunStatus.REFUSED);
        assertThat(refused.halt()).hasValueSatisfying(halt -> {
            assertThat(halt.code()).isEqualTo("budget_exceeded");
            assertThat(halt.kind()).contains("limit");
        });
        assertThat(carol.budgets().get().team("frugal")).hasValueSatisfying(team -> assertThat(team.limits()).isNotEmpty());
    }

    @Test
    void aPausedRunIsApprovedByASecondPrincipalButNotByItsOwn() {
        EmbeddedAegis alice = gateway.as(ALICE);
        EmbeddedAegis bob = gateway.as(BOB);

        Run paused = alice.runs().create("payments", "Please make a wire transfer of 100 EUR");
        Approval pending = bob.approvals().waitFor(paused.id(), Duration.ofSeconds(10));

        assertThat(paused.status()).isEqualTo(RunStatus.PAUSED);
        assertThat(pending.principal()).isEqualTo("alice");
        assertThat(pending.rules()).contains("wire-transfer");
        assertThatThrownBy(() -> alice.approvals().approve(paused.id()))
                .isInstanceOfSatisfying(PermissionDeniedException.class, error -> assertThat(error.code()).isEqualTo("approval_separation"));
        assertThat(bob.approvals().approve(paused.id())).isInstanceOfSatisfying(Run.class,
                run -> assertThat(run.status()).isEqualTo(RunStatus.COMPLETED));
        assertThat(alice.runs().get(paused.id()).status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(alice.audit().list(AuditQuery.all().run(paused.id()))).extracting(AuditRecord::type).contains("paused", "approval");
    }

    @Test
    void aStreamDeliversTheReleasedTextAndTheRunsEventsThenTheRun() {
        List<RunStreamEvent> events = new ArrayList<>();
        try (RunStream stream = gateway.as(ALICE).runs().stream(RunRequest.of("payments", "Tell me about invoices"))) {
            stream.forEachRemaining(events::add);
        }

        assertThat(events.getLast()).isInstanceOf(Run.class);
        Run run = (Run) events.getLast();
        String text = events.stream().filter(Delta.Content.class::isInstance).map(delta -> ((Delta.Content) delta).content())
                .reduce("", String::concat);
        assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(text).isNotEmpty().isEqualTo(run.text());
        // The run's log as it happened, each event once, before the run: the HTTP stream's order.
        assertThat(events).filteredOn(RunEvent.class::isInstance).isEqualTo(run.events());
        assertThat(events.getFirst()).isInstanceOfSatisfying(RunEvent.class, first -> assertThat(first.type()).isEqualTo("run.started"));
        int firstText = events.indexOf(events.stream().filter(Delta.Content.class::isInstance).findFirst().orElseThrow());
        assertThat(events.subList(0, firstText)).as("the ingress verdict arrives before the answer")
                .anySatisfy(event -> assertThat(event).isInstanceOfSatisfying(RunEvent.class, verdict -> assertThat(verdict.type()).isEqualTo("verdict")));
    }

    @Test
    void errorsAreTheSdksExceptionsWithTheApisCodes() {
        assertThatThrownBy(() -> gateway.as(ALICE).runs().get("run_unknown"))
                .isInstanceOfSatisfying(NotFoundException.class, error -> assertThat(error.code()).isEqualTo("run_not_found"));
        assertThatThrownBy(() -> gateway.as("not-a-key"))
                .isInstanceOfSatisfying(AuthenticationException.class, error -> assertThat(error.code()).isEqualTo("invalid_api_key"));
        assertThatThrownBy(() -> gateway.runs().create("governed", "hello"))
                .isInstanceOfSatisfying(AuthenticationException.class, error -> assertThat(error.code()).isEqualTo("invalid_api_key"));
        assertThatThrownBy(() -> gateway.as(CAROL).audit().list())
                .isInstanceOfSatisfying(PermissionDeniedException.class, error -> assertThat(error.code()).isEqualTo("role_required"));
        assertThatThrownBy(() -> gateway.as(Principal.of("mallory", "outsiders")).runs().create("nowhere", "hello"))
                .isInstanceOfSatisfying(NotFoundException.class, error -> assertThat(error.code()).isEqualTo("route_not_found"));
    }

    private static Path config() throws URISyntaxException {
        return Path.of(EmbeddedGatewayIT.class.getResource("/embedded-aegis.yaml").toURI());
    }
}
