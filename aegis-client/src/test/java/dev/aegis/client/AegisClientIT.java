package dev.aegis.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aegis.client.error.AuthenticationException;
import dev.aegis.client.error.BadRequestException;
import dev.aegis.client.error.ConflictException;
import dev.aegis.client.error.NotFoundException;
import dev.aegis.client.error.PermissionDeniedException;
import dev.aegis.client.model.Approval;
import dev.aegis.client.model.AuditQuery;
import dev.aegis.client.model.AuditRecord;
import dev.aegis.client.model.AuditVerification;
import dev.aegis.client.model.Budgets;
import dev.aegis.client.model.Delta;
import dev.aegis.client.model.Durability;
import dev.aegis.client.model.FileErrorCode;
import dev.aegis.client.model.FilePurpose;
import dev.aegis.client.model.FileStatus;
import dev.aegis.client.model.Run;
import dev.aegis.client.model.RunEvent;
import dev.aegis.client.model.RunRequest;
import dev.aegis.client.model.RunStatus;
import dev.aegis.client.model.VectorStoreFile;
import dev.aegis.client.model.VectorStoreFileStatus;
import dev.aegis.client.model.RunStreamEvent;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The client against a real gateway started from the repository's default aegis.yaml. */
class AegisClientIT {

    @TempDir
    static Path dir;

    static DefaultGateway gateway;
    static AegisClient developer;
    static AegisClient reviewer;

    @BeforeAll
    static void start() throws Exception {
        gateway = DefaultGateway.start(dir);
        developer = gateway.client(DefaultGateway.DEVELOPER_KEY);
        reviewer = gateway.client(DefaultGateway.REVIEWER_KEY);
    }

    @AfterAll
    static void stop() {
        developer.close();
        reviewer.close();
        gateway.close();
    }

    @Test
    void aStreamedRunYieldsItsEventsThenItsDeltasThenTheFinalRun() {
        List<RunStreamEvent> events;
        try (RunStream stream = developer.runs().stream(RunRequest.of("default", "Tell me about streaming"))) {
            events = stream.stream().toList();
        }

        assertThat(events.getFirst()).isInstanceOfSatisfying(RunEvent.class, event -> assertThat(event.type()).isEqualTo("run.started"));
        assertThat(events.getLast()).isInstanceOf(Run.class);
        Run run = (Run) events.getLast();
        assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
        String streamed = events.stream().filter(Delta.Content.class::isInstance).map(event -> ((Delta.Content) event).content()).collect(Collectors.joining());
        assertThat(streamed).isNotEmpty().isEqualTo(run.text());
        int firstDelta = indexOf(events, Delta.class);
        assertThat(events.subList(0, firstDelta)).as("the run's ingress events come before its output").isNotEmpty().allMatch(RunEvent.class::isInstance);
        assertThat(events.stream().filter(RunEvent.class::isInstance).map(event -> ((RunEvent) event).type()).toList())
                .as("the streamed events are the run's log").isEqualTo(run.events().stream().map(RunEvent::type).toList());
    }

    private static int indexOf(List<RunStreamEvent> events, Class<?> type) {
        for (int i = 0; i < events.size(); i++) {
            if (type.isInstance(events.get(i))) {
                return i;
            }
        }
        throw new AssertionError("no " + type.getSimpleName() + " in " + events);
    }

    @Test
    void aPaymentNeedingApprovalIsApprovedByASecondClientWaitingForIt() throws Exception {
        CompletableFuture<String> runId = new CompletableFuture<>();
        CompletableFuture<Approval> seen = CompletableFuture.supplyAsync(() -> {
            while (true) {
                List<Approval> pending = reviewer.approvals().list(Optional.of("payments"), Optional.of(Duration.ofSeconds(30)));
                String wanted = runId.join();
                Optional<Approval> mine = pending.stream().filter(approval -> approval.runId().equals(wanted)).findFirst();
                if (mine.isPresent()) {
                    return mine.get();
                }
            }
        });

        Run paused = developer.runs().create(RunRequest.of("payments", "Please send a wire transfer of 500 EUR to ACME"));
        runId.complete(paused.id());
        assertThat(paused.status()).isEqualTo(RunStatus.PAUSED);
        assertThat(paused.halt()).hasValueSatisfying(halt -> assertThat(halt.code()).isEqualTo("approval_required"));

        Approval approval = seen.get(60, TimeUnit.SECONDS);
        assertThat(approval.principal()).isEqualTo("developer");
        assertThat(approval.rules()).contains("wire-transfer");

        assertThatThrownBy(() -> developer.approvals().approve(paused.id())).isInstanceOfSatisfying(PermissionDeniedException.class, e -> {
            assertThat(e.status()).isEqualTo(403);
            assertThat(e.code()).isEqualTo("approval_separation");
        });
        assertThat(reviewer.approvals().approve(paused.id())).isInstanceOfSatisfying(Run.class, run -> assertThat(run.status()).isEqualTo(RunStatus.COMPLETED));

        Run completed = developer.runs().get(paused.id());
        assertThat(completed.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(completed.text()).contains("wire transfer");

        assertThatThrownBy(() -> reviewer.approvals().approve(paused.id())).isInstanceOfSatisfying(ConflictException.class,
                e -> assertThat(e.code()).isEqualTo("run_not_paused"));

        List<AuditRecord> trail = developer.audit().list(AuditQuery.all().run(paused.id()));
        assertThat(trail).isNotEmpty().allSatisfy(record -> assertThat(record.runId()).isEqualTo(paused.id()));
        assertThat(trail).extracting(AuditRecord::type).contains("paused", "completed");
    }

    @Test
    void theReadmeQuickstartRuns() {
        try (Aegis developer = AegisClient.builder().baseUrl(gateway.url()).apiKey("aegis-dev-key-do-not-use-in-production").build();
             Aegis reviewer = AegisClient.builder().baseUrl(gateway.url()).apiKey("aegis-reviewer-key-do-not-use-in-production").build()) {
            Run run = developer.runs().create("payments", "Send a wire transfer of 500 EUR to ACME");
            Approval pending = reviewer.approvals().waitFor(run.id(), Duration.ofSeconds(30));
            reviewer.approvals().approve(pending.runId());
            assertThat(developer.runs().get(run.id()).status()).isEqualTo(RunStatus.COMPLETED);
            assertThat(developer.audit().list(AuditQuery.all().run(run.id()))).extracting(AuditRecord::type).contains("approval");
        }
    }

    @Test
    void theAuditLogIsQueriedAndVerified() {
        developer.runs().create(RunRequest.of("default", "something to audit"));

        List<AuditRecord> recent = developer.audit().list(AuditQuery.all().route("default").since(Instant.now().minus(Duration.ofHours(1))).limit(5));
        assertThat(recent).isNotEmpty().hasSizeLessThanOrEqualTo(5).allSatisfy(record -> assertThat(record.route()).isEqualTo("default"));

        AuditVerification verification = developer.audit().verify();
        assertThat(verification.intact()).isTrue();
        assertThat(verification.entries()).isPositive();
        assertThat(verification.brokenAt()).isEmpty();

        assertThatThrownBy(() -> reviewer.audit().list()).isInstanceOfSatisfying(PermissionDeniedException.class,
                e -> assertThat(e.code()).isEqualTo("role_required"));
    }

    @Test
    void budgetsShowTheTeamsSpendAndLimits() {
        developer.runs().create(RunRequest.of("payments", "What does a transfer cost?"));

        Budgets budgets = developer.budgets().get();

        assertThat(budgets.currency()).isEqualTo("USD");
        Budgets.Team dev = budgets.team("dev").orElseThrow();
        assertThat(dev.limits()).extracting(Budgets.Limit::name).contains("spend");
        Budgets.Limit spend = dev.limits().stream().filter(limit -> limit.name().equals("spend")).findFirst().orElseThrow();
        assertThat(spend.limit()).hasValueSatisfying(limit -> assertThat(limit).isEqualByComparingTo("5.00"));
        assertThat(spend.spent().add(spend.reserved())).isPositive();
        assertThat(budgets.key().id()).isEqualTo("developer");
    }

    @Test
    void routesAndModelsAreTheCallersOwn() {
        assertThat(developer.routes().list()).anySatisfy(route -> {
            assertThat(route.name()).isEqualTo("payments");
            assertThat(route.models()).contains("mock-payments");
            assertThat(route.ingress()).anySatisfy(step -> assertThat(step).endsWith("payment-approval"));
            assertThat(route.durability()).isEqualTo(Durability.PAUSE_AND_END);
        });
        assertThat(developer.models().list()).anySatisfy(model -> assertThat(model.id()).isEqualTo("mock-payments"));
        assertThat(developer.toolPins().list()).isEmpty();
    }

    @Test
    void eachErrorTheGatewayAnswersIsItsOwnException() {
        try (AegisClient stranger = gateway.client("not-a-key")) {
            assertThatThrownBy(() -> stranger.routes().list()).isInstanceOfSatisfying(AuthenticationException.class, e -> assertThat(e.status()).isEqualTo(401));
        }
        assertThatThrownBy(() -> developer.runs().get("run_does_not_exist")).isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.status()).isEqualTo(404));
        assertThatThrownBy(() -> developer.runs().create(RunRequest.of("", "no route"))).isInstanceOfSatisfying(BadRequestException.class, e -> {
            assertThat(e.code()).isEqualTo("missing_route");
            assertThat(e.param()).contains("route");
            assertThat(e.body()).contains("\"missing_route\"");
        });
        assertThatThrownBy(() -> developer.approvals().get("run_does_not_exist")).isInstanceOfSatisfying(NotFoundException.class,
                e -> assertThat(e.code()).isEqualTo("approval_not_found"));
    }

    @Test
    void aCollectionIsCreatedFilledSearchedAndDeleted() throws Exception {
        var store = developer.collections().create("sdk-handbook");
        var file = developer.collections().upload("refunds.txt", "Refunds are paid within 14 days to the original card.".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(file.purpose()).isEqualTo(FilePurpose.ASSISTANTS);
        assertThat(file.status()).isEqualTo(FileStatus.PROCESSED);
        var attached = indexed(store.id(), file.id());
        assertThat(attached.status()).isEqualTo(VectorStoreFileStatus.COMPLETED);
        assertThat(attached.lastError()).isEmpty();
        var broken = developer.collections().upload("broken.pdf", "this is no PDF".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        var refused = indexed(store.id(), broken.id());
        assertThat(refused.status()).isEqualTo(VectorStoreFileStatus.FAILED);
        assertThat(refused.lastError()).hasValueSatisfying(error -> assertThat(error.code()).isEqualTo(FileErrorCode.INVALID_FILE));
        assertThat(attached.chunkingStrategy()).containsEntry("type", "static");

        assertThat(developer.collections().search(store.id(), "how long do refunds take", 3))
                .isNotEmpty().first().satisfies(result -> assertThat(result.text()).contains("14 days"));
        assertThat(developer.collections().list()).extracting(found -> found.id()).contains(store.id());
        assertThat(developer.collections().delete(store.id())).isTrue();
        assertThatThrownBy(() -> developer.collections().get(store.id())).isInstanceOf(NotFoundException.class);
    }

    private static VectorStoreFile indexed(String store, String file) throws InterruptedException {
        var attached = developer.collections().attach(store, file);
        while (attached.status() == VectorStoreFileStatus.IN_PROGRESS) {
            Thread.sleep(100);
            attached = developer.collections().file(store, file);
        }
        return attached;
    }
}
