package dev.aegis.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aegis.api.auth.Principal;
import dev.aegis.api.state.Event;
import dev.aegis.api.state.Message;
import dev.aegis.api.state.RunState;
import dev.aegis.kernel.plan.Durability;
import dev.aegis.runtime.durable.Approval;
import dev.aegis.runtime.durable.ApprovalPolicy;
import dev.aegis.runtime.durable.Decision;
import dev.aegis.runtime.durable.DecisionRefusedException;
import dev.aegis.runtime.durable.DurableOptions;
import dev.aegis.runtime.durable.DurableStore;
import dev.aegis.runtime.durable.RunNotPausedException;
import dev.aegis.runtime.store.StoreConfig;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Four eyes, whatever database holds the paused runs: the starter may not approve, a rule may need
 * several distinct approvers, and however many approve at once the run goes on once.
 */
abstract class FourEyesContract {

    @TempDir
    Path dataDirectory;

    final TestClock clock = new TestClock(Instant.parse("2026-03-01T09:00:00Z"));
    final String route = "route-" + UUID.randomUUID().toString().substring(0, 8);
    DurableStoreFixture stores;

    abstract StoreConfig storeConfig();

    @BeforeEach
    void fixture() {
        stores = new DurableStoreFixture(storeConfig(), dataDirectory, clock);
    }

    @AfterEach
    void closeStores() {
        stores.close();
    }

    DurableStore store(ApprovalPolicy policy) {
        return stores.open(DurableOptions.defaults().withApprovalPolicy(policy));
    }

    CompiledRoute route(DurableStore store, FakeProvider provider) {
        return TestRoute.route().named(route).durability(Durability.PAUSE_AND_END)
                .ingress("sensitive", FakeGuard.requiringApproval("merger"))
                .provider("main", provider)
                .compile(new RouteCompiler(RetryBackoff.NONE).withDurability(store));
    }

    String pause(CompiledRoute compiled, String starter) {
        String runId = "run-" + UUID.randomUUID();
        RunState state = RunState.start(runId, route, Principal.of(starter, "payments"), List.of(Message.user("draft the merger memo")));
        assertThat(compiled.invoke(state).status()).isEqualTo(RunStatus.PAUSED);
        return runId;
    }

    @Test
    void theStarterOfARunMayRejectItButNotApproveIt() {
        DurableStore store = store(ApprovalPolicy.DEFAULT);
        FakeProvider provider = FakeProvider.answering("done");
        CompiledRoute compiled = route(store, provider);
        String approvedRun = pause(compiled, "alice");
        String rejectedRun = pause(compiled, "alice");

        assertThatThrownBy(() -> compiled.resume(approvedRun, Decision.approve("alice")))
                .isInstanceOfSatisfying(DecisionRefusedException.class, e -> assertThat(e.code()).isEqualTo("approval_separation"));
        assertThat(store.approvals().get(approvedRun)).map(Approval::status).hasValue(Approval.Status.PENDING);
        assertThat(compiled.resume(approvedRun, Decision.approve("bob")).status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(compiled.resume(rejectedRun, Decision.reject("mine, and wrong", "alice")).status()).isEqualTo(RunStatus.REFUSED);
        assertThat(provider.calls()).isEqualTo(1);
    }

    @Test
    void withoutSeparationTheStarterMayApprove() {
        CompiledRoute compiled = route(store(new ApprovalPolicy(false, Map.of())), FakeProvider.answering("done"));
        String runId = pause(compiled, "alice");

        assertThat(compiled.resume(runId, Decision.approve("alice")).status()).isEqualTo(RunStatus.COMPLETED);
    }

    @Test
    void aQuorumCountsDistinctApproversAndTheLastOneResumesTheRun() {
        DurableStore store = store(new ApprovalPolicy(true, Map.of("sensitive-topic", 3)));
        FakeProvider provider = FakeProvider.answering("done");
        CompiledRoute compiled = route(store, provider);
        String runId = pause(compiled, "alice");
        assertThat(store.approvals().get(runId)).hasValueSatisfying(approval -> assertThat(approval.required()).isEqualTo(3));

        DecisionResult first = compiled.decide(runId, Decision.approve("bob"));
        assertThatThrownBy(() -> compiled.decide(runId, Decision.approve("bob")))
                .isInstanceOfSatisfying(DecisionRefusedException.class, e -> assertThat(e.code()).isEqualTo("approval_already_given"));
        DecisionResult second = compiled.decide(runId, Decision.approve("carol"));
        DecisionResult third = compiled.decide(runId, Decision.approve("dave"));

        assertThat(first.waiting()).hasValueSatisfying(waiting -> assertThat(waiting.approvedBy()).containsExactly("bob"));
        assertThat(first.run().status()).isEqualTo(RunStatus.PAUSED);
        assertThat(second.waiting()).hasValueSatisfying(waiting -> assertThat(waiting.approvedBy()).containsExactlyInAnyOrder("bob", "carol"));
        assertThat(third.waiting()).isEmpty();
        assertThat(third.run().status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(TestRoute.events(third.run(), "approval")).singleElement().satisfies(approval -> assertThat(approval.attributes())
                .containsEntry("approver", "dave").containsEntry("approvers", String.join(",", store.approvals().get(runId).orElseThrow().approvedBy())));
        assertThat(store.approvals().get(runId)).hasValueSatisfying(approval -> {
            assertThat(approval.status()).isEqualTo(Approval.Status.APPROVED);
            assertThat(approval.approvedBy()).containsExactlyInAnyOrder("bob", "carol", "dave");
        });
        assertThat(provider.calls()).isEqualTo(1);
    }

    @Test
    void ofConcurrentApprovalsOfAQuorumOfTwoTheSecondResumesTheRunOnce() throws Exception {
        DurableStore store = store(new ApprovalPolicy(true, Map.of("sensitive-topic", 2)));
        FakeProvider provider = FakeProvider.answering("done");
        CompiledRoute compiled = route(store, provider);
        // a second process on the same database
        CompiledRoute elsewhere = route(store(new ApprovalPolicy(true, Map.of("sensitive-topic", 2))), provider);
        for (int round = 0; round < 5; round++) {
            String runId = pause(compiled, "alice");

            List<Object> outcomes = concurrently(() -> compiled.decide(runId, Decision.approve("bob")),
                    () -> elsewhere.decide(runId, Decision.approve("carol")));

            assertThat(outcomes).as("round " + round).allMatch(DecisionResult.class::isInstance);
            assertThat(outcomes).map(DecisionResult.class::cast).filteredOn(result -> result.waiting().isPresent()).hasSize(1);
            assertThat(outcomes).map(DecisionResult.class::cast).filteredOn(result -> result.waiting().isEmpty())
                    .singleElement().satisfies(result -> assertThat(result.run().status()).isEqualTo(RunStatus.COMPLETED));
            assertThat(provider.calls()).isEqualTo(round + 1);
        }
    }

    @Test
    void ofConcurrentApprovalsOfOneApproverExactlyOneResumesTheRun() throws Exception {
        DurableStore store = store(ApprovalPolicy.DEFAULT);
        FakeProvider provider = FakeProvider.answering("done");
        CompiledRoute compiled = route(store, provider);
        CompiledRoute elsewhere = route(store(ApprovalPolicy.DEFAULT), provider);
        String runId = pause(compiled, "alice");

        List<Object> outcomes = concurrently(() -> compiled.resume(runId, Decision.approve("bob")),
                () -> elsewhere.resume(runId, Decision.approve("carol")), () -> compiled.resume(runId, Decision.approve("dave")));

        assertThat(outcomes).filteredOn(RunResult.class::isInstance).singleElement()
                .satisfies(result -> assertThat(((RunResult) result).status()).isEqualTo(RunStatus.COMPLETED));
        assertThat(outcomes).filteredOn(RunNotPausedException.class::isInstance).hasSize(2);
        assertThat(provider.calls()).isEqualTo(1);
        assertThat(TestRoute.events((RunResult) outcomes.stream().filter(RunResult.class::isInstance).findFirst().orElseThrow(), Event.MODEL_CALL))
                .hasSize(1);
    }

    private static List<Object> concurrently(Callable<?>... decisions) throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        List<Object> outcomes = new ArrayList<>();
        try (ExecutorService threads = Executors.newFixedThreadPool(decisions.length)) {
            List<Future<Object>> futures = new ArrayList<>();
            for (Callable<?> decision : decisions) {
                futures.add(threads.submit(() -> {
                    go.await();
                    try {
                        return decision.call();
                    } catch (RunNotPausedException | DecisionRefusedException refused) {
                        return refused;
                    }
                }));
            }
            go.countDown();
            for (Future<Object> future : futures) {
                outcomes.add(future.get());
            }
        }
        return outcomes;
    }
}
