package dev.aegis.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aegis.api.hook.LifecycleHook;
import dev.aegis.api.hook.RunEndListener;
import dev.aegis.api.state.Halt;
import dev.aegis.api.state.Message;
import dev.aegis.api.state.RunState;
import dev.aegis.kernel.plan.Durability;
import dev.aegis.kernel.plan.Hooks;
import dev.aegis.runtime.durable.Approval;
import dev.aegis.runtime.durable.Decision;
import dev.aegis.runtime.durable.DurableStore;
import dev.aegis.runtime.durable.RunNotPausedException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Durable runs across time: concurrent decisions, restarts, expiry. */
abstract class DurableLifecycleContract extends DurableRunsContract {

    @Test
    void ofConcurrentApprovalsExactlyOneProceeds() throws Exception {
        // The winner's model call waits until the others have lost, so every decision meets a run in flight.
        CountDownLatch lost = new CountDownLatch(2);
        GatedProvider gated = new GatedProvider(lost);
        CompiledRoute compiled = approvalRoute(Durability.PAUSE_AND_END, gated).compile(compiler(store));
        // A second process's view of the same run: its own compiler over its own pool.
        CompiledRoute elsewhere = approvalRoute(Durability.PAUSE_AND_END, gated).compile(compiler(stores.open()));
        compiled.invoke(request("draft the merger memo"));
        CountDownLatch go = new CountDownLatch(1);
        List<Callable<Object>> decisions = List.of(
                () -> decide(go, lost, compiled, "bob"), () -> decide(go, lost, compiled, "carol"), () -> decide(go, lost, elsewhere, "dave"));

        List<Object> outcomes = new ArrayList<>();
        try (ExecutorService threads = Executors.newFixedThreadPool(decisions.size())) {
            List<Future<Object>> futures = decisions.stream().map(threads::submit).toList();
            go.countDown();
            for (Future<Object> future : futures) {
                outcomes.add(future.get());
            }
        }

        assertThat(outcomes).filteredOn(RunResult.class::isInstance)
                .singleElement().extracting(result -> ((RunResult) result).status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(outcomes).filteredOn(RunNotPausedException.class::isInstance).hasSize(2);
        assertThat(gated.calls()).isEqualTo(1);
        assertThat(stores.checkpoints(runId)).isZero();
    }

    private Object decide(CountDownLatch go, CountDownLatch lost, CompiledRoute compiled, String approver) throws InterruptedException {
        go.await();
        try {
            return compiled.resume(runId, Decision.approve(approver));
        } catch (RunNotPausedException e) {
            lost.countDown();
            return e;
        }
    }

    @Test
    void aRunPausedBeforeARestartResumesInAFreshProcess() {
        FakeProvider before = FakeProvider.answering("never");
        approvalRoute(Durability.PAUSE_AND_END, before).compile(compiler(store)).invoke(request("draft the merger memo"));

        DurableStore restarted = stores.open();
        FakeProvider after = FakeProvider.answering("drafted after the restart");
        CompiledRoute compiled = approvalRoute(Durability.PAUSE_AND_END, after).compile(compiler(restarted));
        RunResult result = compiled.resume(runId, Decision.approve(Optional.of(List.of(Message.user("draft a memo"))), "bob"));

        assertThat(result.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(result.answer()).map(Message::content).hasValue("drafted after the restart");
        assertThat(before.calls()).isZero();
        assertThat(after.requests).singleElement().satisfies(sent -> assertThat(sent.messages()).containsExactly(Message.user("draft a memo")));
        assertThat(restarted.approvals().get(runId)).map(Approval::status).hasValue(Approval.Status.APPROVED);
        assertThat(stores.checkpoints(runId)).isZero();
    }

    @Test
    void anOverdueRequestExpiresAndItsRunIsRefused() {
        List<RunState> ended = new CopyOnWriteArrayList<>();
        RunEndListener hook = ended::add;
        CompiledRoute compiled = approvalRoute(Durability.PAUSE_AND_END, provider)
                .hooks(new Hooks(Map.<String, LifecycleHook>of("recorder", hook))).compile(compiler(store));
        compiled.invoke(request("draft the merger memo"));

        assertThat(store.approvals().expire(clock.instant().plus(Duration.ofHours(23)))).extracting(Approval::runId).doesNotContain(runId);
        clock.advance(Duration.ofHours(25));
        List<Approval> expired = store.approvals().expire(clock.instant());

        // Other tests' requests share the database and expire along.
        assertThat(expired).filteredOn(approval -> approval.runId().equals(runId)).singleElement().satisfies(approval -> {
            assertThat(approval.status()).isEqualTo(Approval.Status.EXPIRED);
            assertThat(approval.decidedAt()).hasValue(clock.instant());
        });
        assertThat(store.approvals().expire(clock.instant())).as("each request expires once").extracting(Approval::runId).doesNotContain(runId);
        assertThat(stores.checkpoints(runId)).isZero();
        assertThat(ended).hasSize(2).last().satisfies(state -> assertThat(state.halt()).hasValueSatisfying(halt ->
                assertThat(halt).isInstanceOfSatisfying(Halt.Refused.class, refused -> assertThat(refused.code()).isEqualTo("approval_expired"))));
        assertThatThrownBy(() -> compiled.resume(runId, Decision.approve("bob"))).isInstanceOf(RunNotPausedException.class);
        assertThat(provider.calls()).isZero();
    }

    @Test
    void aDecisionAfterTheExpiryEndsTheRunAsExpired() {
        CompiledRoute compiled = approvalRoute(Durability.PAUSE_AND_END, provider).compile(compiler(store));
        compiled.invoke(request("draft the merger memo"));
        clock.advance(Duration.ofHours(24));

        RunResult result = compiled.resume(runId, Decision.approve("bob"));

        assertThat(result.status()).isEqualTo(RunStatus.REFUSED);
        assertThat(result.halt()).hasValueSatisfying(halt ->
                assertThat(halt).isInstanceOfSatisfying(Halt.Refused.class, refused -> assertThat(refused.code()).isEqualTo("approval_expired")));
        assertThat(provider.calls()).isZero();
        assertThat(store.approvals().get(runId)).map(Approval::status).hasValue(Approval.Status.EXPIRED);
        assertThat(stores.checkpoints(runId)).isZero();
    }
}
