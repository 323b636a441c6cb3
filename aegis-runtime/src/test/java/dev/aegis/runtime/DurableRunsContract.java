package dev.aegis.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aegis.api.auth.Principal;
import dev.aegis.api.hook.LifecycleHook;
import dev.aegis.api.hook.RunEndListener;
import dev.aegis.api.model.ModelProvider;
import dev.aegis.api.state.Event;
import dev.aegis.api.state.Halt;
import dev.aegis.api.state.MaskMap;
import dev.aegis.api.state.Message;
import dev.aegis.api.state.RunState;
import dev.aegis.api.state.StateDelta;
import dev.aegis.kernel.plan.Durability;
import dev.aegis.kernel.plan.Hooks;
import dev.aegis.kernel.plan.OnError;
import dev.aegis.runtime.durable.Approval;
import dev.aegis.runtime.durable.Decision;
import dev.aegis.runtime.durable.DurableStore;
import dev.aegis.runtime.durable.RunNotPausedException;
import dev.aegis.runtime.store.StoreConfig;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What durable runs guarantee, whatever database holds them; run against SQLite and PostgreSQL.
 * Concurrency, restarts and expiry are in {@link DurableLifecycleContract}.
 */
abstract class DurableRunsContract {

    static final Instant START = Instant.parse("2026-03-01T09:00:00Z");

    @TempDir
    Path dataDirectory;

    final TestClock clock = new TestClock(START);
    DurableStoreFixture stores;
    DurableStore store;
    final FakeProvider provider = FakeProvider.answering("done");
    final String runId = "run-" + UUID.randomUUID();
    final String route = "route-" + UUID.randomUUID().toString().substring(0, 8);

    /** The store configuration of this database; called once per test. */
    abstract StoreConfig storeConfig();

    @BeforeEach
    void openStore() {
        stores = new DurableStoreFixture(storeConfig(), dataDirectory, clock);
        store = stores.open();
    }

    @AfterEach
    void closeStores() {
        if (stores != null) {
            stores.close();
        }
    }

    RouteCompiler compiler(DurableStore durable) {
        return new RouteCompiler(RetryBackoff.NONE).withDurability(durable);
    }

    TestRoute approvalRoute(Durability durability, ModelProvider answering) {
        return TestRoute.route().named(route).durability(durability)
                .ingress("sensitive", FakeGuard.requiringApproval("merger"))
                .provider("main", answering);
    }

    RunState request(String text) {
        return RunState.start(runId, route, Principal.of("alice", "payments"), List.of(Message.user(text)));
    }

    @Test
    void aPauseWritesOneCheckpointAndAPendingApproval() {
        RunResult result = approvalRoute(Durability.PAUSE_AND_END, provider).compile(compiler(store)).invoke(request("draft the merger memo"));

        assertThat(result.status()).isEqualTo(RunStatus.PAUSED);
        assertThat(result.halt()).hasValue(new Halt.AwaitingApproval("ingress.1.sensitive", "needs a second pair of eyes"));
        assertThat(TestRoute.events(result, Event.PAUSED)).hasSize(1);
        assertThat(provider.calls()).isZero();
        assertThat(stores.checkpoints(runId)).isEqualTo(1);
        assertThat(store.approvals().get(runId)).hasValue(new Approval(runId, route, "alice", "payments",
                "needs a second pair of eyes", "ingress.1.sensitive", START, START.plus(Duration.ofHours(24)),
                Approval.Status.PENDING, Optional.empty(), Optional.empty(), List.of("sensitive-topic"), List.of(), 1));
        assertThat(store.approvals().pending(route)).extracting(Approval::runId).containsExactly(runId);
        assertThat(store.approvals().pending()).extracting(Approval::runId).contains(runId);
        assertThat(store.approvals().messages(runId)).hasValue(List.of(Message.user("draft the merger memo")));
    }

    @Test
    void anApprovedRunGoesOnFromThePausingStepWithoutPausingAgainAndCompletes() {
        FakeGuard guard = FakeGuard.requiringApproval("merger");
        List<String> later = new CopyOnWriteArrayList<>();
        CompiledRoute compiled = TestRoute.route().named(route).durability(Durability.PAUSE_AND_END)
                .ingress("sensitive", guard)
                .ingressNode("after", state -> {
                    later.add(state.messages().get(0).content());
                    return StateDelta.empty();
                }, OnError.BLOCK)
                .provider("main", provider).compile(compiler(store));
        compiled.invoke(request("draft the merger memo"));
        clock.advance(Duration.ofMinutes(5));

        RunResult result = compiled.resume(runId, Decision.approve("bob"));

        assertThat(result.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(result.answer()).map(Message::content).hasValue("done");
        assertThat(guard.scanned).as("the pausing step runs again, and its approved request does not pause the run").hasSize(2);
        assertThat(later).containsExactly("draft the merger memo");
        assertThat(provider.calls()).isEqualTo(1);
        assertThat(result.state().events()).extracting(Event::type).containsSubsequence(
                Event.VERDICT, Event.PAUSED, "approval", Event.VERDICT, Event.MODEL_CALL, Event.COMPLETED);
        assertThat(TestRoute.events(result, Event.VERDICT)).last()
                .satisfies(verdict -> assertThat(verdict.attributes()).containsEntry("approval", "granted"));
        assertThat(TestRoute.events(result, "approval")).singleElement().satisfies(approval -> {
            assertThat(approval.source()).isEqualTo("ingress.1.sensitive");
            assertThat(approval.attributes()).containsEntry("approver", "bob").containsEntry("decision", "approved");
            assertThat(approval.detail()).isEmpty();
            assertThat(approval.attributes().values()).noneMatch(value -> value.contains("merger"));
        });
        assertThat(result.halt()).isEmpty();
        assertThat(stores.checkpoints(runId)).isZero();
        assertThat(store.approvals().get(runId)).hasValueSatisfying(approval -> {
            assertThat(approval.status()).isEqualTo(Approval.Status.APPROVED);
            assertThat(approval.decidedBy()).hasValue("bob");
            assertThat(approval.decidedAt()).hasValue(START.plus(Duration.ofMinutes(5)));
        });
        assertThat(store.approvals().pending(route)).isEmpty();
    }

    @Test
    void theEditedConversationIsWhatTheProviderSees() {
        CompiledRoute compiled = approvalRoute(Durability.PAUSE_AND_END, provider).compile(compiler(store));
        compiled.invoke(request("draft the merger memo"));
        List<Message> edited = List.of(Message.system("be careful"), Message.user("draft a memo"));

        RunResult result = compiled.resume(runId, Decision.approve(Optional.of(edited), "bob"));

        assertThat(result.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(provider.requests).singleElement().satisfies(sent -> assertThat(sent.messages()).isEqualTo(edited));
        assertThat(TestRoute.events(result, "approval")).singleElement()
                .satisfies(approval -> assertThat(approval.attributes()).containsEntry("edited", "true"));
    }

    @Test
    void aRejectedRunIsRefusedAndLeavesNoCheckpoint() {
        CompiledRoute compiled = approvalRoute(Durability.PAUSE_AND_END, provider).compile(compiler(store));
        compiled.invoke(request("draft the merger memo"));

        RunResult result = compiled.resume(runId, Decision.reject("not this quarter", "bob"));

        assertThat(result.status()).isEqualTo(RunStatus.REFUSED);
        assertThat(result.halt()).hasValueSatisfying(halt -> assertThat(halt).isEqualTo(
                new Halt.Refused("ingress.1.sensitive", "approval_rejected", "not this quarter")));
        assertThat(provider.calls()).isZero();
        assertThat(TestRoute.events(result, Event.REFUSED)).singleElement()
                .satisfies(refused -> assertThat(refused.attributes()).containsEntry("code", "approval_rejected"));
        assertThat(TestRoute.events(result, "approval")).singleElement()
                .satisfies(approval -> assertThat(approval.attributes()).containsEntry("decision", "rejected").containsEntry("approver", "bob"));
        assertThat(stores.checkpoints(runId)).isZero();
        assertThat(store.approvals().get(runId)).map(Approval::status).hasValue(Approval.Status.REJECTED);
    }

    @Test
    void aDecisionAboutARunThatIsNotPausedFailsAsRunNotPaused() {
        CompiledRoute compiled = approvalRoute(Durability.PAUSE_AND_END, provider).compile(compiler(store));
        compiled.invoke(request("draft the merger memo"));
        compiled.resume(runId, Decision.approve("bob"));

        assertThatThrownBy(() -> compiled.resume(runId, Decision.approve("carol")))
                .isInstanceOfSatisfying(RunNotPausedException.class, e -> assertThat(e.code()).isEqualTo("run_not_paused"));
        assertThatThrownBy(() -> compiled.resume(runId, Decision.reject("no", "carol"))).isInstanceOf(RunNotPausedException.class);
        assertThatThrownBy(() -> compiled.resume("run-unknown", Decision.approve("carol")))
                .isInstanceOf(RunNotPausedException.class).hasMessageContaining("run-unknown");
        assertThat(provider.calls()).isEqualTo(1);
    }

    @Test
    void aDecisionOnAnotherRouteFailsAsRunNotPaused() {
        approvalRoute(Durability.PAUSE_AND_END, provider).compile(compiler(store)).invoke(request("draft the merger memo"));
        CompiledRoute other = TestRoute.route().named(route + "-other").durability(Durability.PAUSE_AND_END)
                .ingress("sensitive", FakeGuard.requiringApproval("merger")).provider("main", provider).compile(compiler(store));

        assertThatThrownBy(() -> other.resume(runId, Decision.approve("bob")))
                .isInstanceOf(RunNotPausedException.class).hasMessageContaining("paused on route '" + route + "'");
        assertThat(store.approvals().get(runId)).map(Approval::status).hasValue(Approval.Status.PENDING);
    }

    @Test
    void aCompletedRunWritesNothingWhileItFlowsAndLeavesNoRows() {
        List<Integer> seen = new CopyOnWriteArrayList<>();
        RunResult result = TestRoute.route().named(route).durability(Durability.PAUSE_AND_END)
                .ingressNode("observe", state -> {
                    seen.add(stores.checkpoints(runId));
                    return StateDelta.empty();
                }, OnError.BLOCK)
                .provider("main", provider)
                .egressNode("observe-after", state -> {
                    seen.add(stores.checkpoints(runId));
                    return StateDelta.empty();
                }).compile(compiler(store)).invoke(request("hello"));

        assertThat(result.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(seen).containsExactly(0, 0);
        assertThat(stores.checkpoints(runId)).isZero();
        assertThat(store.approvals().get(runId)).isEmpty();
    }

    @Test
    void everyStepWritesACheckpointAfterEachStepAndClearsThemAtTheEnd() {
        List<Integer> seen = new CopyOnWriteArrayList<>();
        RunResult result = TestRoute.route().named(route).durability(Durability.EVERY_STEP)
                .ingressNode("first", state -> {
                    seen.add(stores.checkpoints(runId));
                    return StateDelta.empty();
                }, OnError.BLOCK)
                .ingressNode("second", state -> {
                    seen.add(stores.checkpoints(runId));
                    return StateDelta.empty();
                }, OnError.BLOCK)
                .provider("main", provider)
                .egressNode("third", state -> {
                    seen.add(stores.checkpoints(runId));
                    return StateDelta.empty();
                }).compile(compiler(store)).invoke(request("hello"));

        assertThat(result.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(seen).as("rows seen by each step: one per step before it").containsExactly(0, 1, 3);
        assertThat(stores.checkpoints(runId)).isZero();
    }

    @Test
    void everyStepKeepsTheStepsOfAPausedRunAndResumesFromTheLast() {
        CompiledRoute compiled = TestRoute.route().named(route).durability(Durability.EVERY_STEP)
                .ingressNode("first", state -> StateDelta.empty(), OnError.BLOCK)
                .ingress("sensitive", FakeGuard.requiringApproval("merger"))
                .provider("main", provider).compile(compiler(store));

        assertThat(compiled.invoke(request("draft the merger memo")).status()).isEqualTo(RunStatus.PAUSED);
        assertThat(stores.checkpoints(runId)).isEqualTo(2);
        RunResult result = compiled.resume(runId, Decision.approve("bob"));

        assertThat(result.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(provider.calls()).isEqualTo(1);
        assertThat(stores.checkpoints(runId)).isZero();
    }

    @Test
    void theMaskMapIsUnreadableInTheStoredCheckpoint() {
        CompiledRoute compiled = TestRoute.route().named(route).durability(Durability.PAUSE_AND_END)
                .ingressNode("mask", state -> StateDelta.of(RunState.MESSAGES, List.of(Message.user("merger with <PERSON_1>")))
                        .with(RunState.MASK_MAP, MaskMap.of(Map.of("<PERSON_1>", "Sebastian Quill"))), OnError.BLOCK)
                .ingress("sensitive", FakeGuard.requiringApproval("merger"))
                .provider("main", provider).compile(compiler(store));

        compiled.invoke(request("merger with Sebastian Quill"));

        assertThat(stores.payloads(runId)).singleElement().satisfies(payload ->
                assertThat(new String(payload, StandardCharsets.UTF_8)).doesNotContain("Sebastian", "Quill").contains("<PERSON_1>"));
        RunResult result = compiled.resume(runId, Decision.approve("bob"));
        assertThat(result.state().maskMap().original("<PERSON_1>")).hasValue("Sebastian Quill");
    }

    @Test
    void aRunThatPausesAgainAfterApprovalAsksForASecondApproval() {
        CompiledRoute compiled = approvalRoute(Durability.PAUSE_AND_END, FakeProvider.answering("the merger memo"))
                .egress("tone", FakeGuard.requiringApproval("memo")).compile(compiler(store));
        compiled.invoke(request("draft the merger memo"));

        RunResult second = compiled.resume(runId, Decision.approve("bob"));

        assertThat(second.status()).isEqualTo(RunStatus.PAUSED);
        assertThat(second.halt()).map(Halt::source).hasValue("egress.1.tone");
        assertThat(stores.checkpoints(runId)).isEqualTo(1);
        assertThat(store.approvals().get(runId)).hasValueSatisfying(approval -> {
            assertThat(approval.status()).isEqualTo(Approval.Status.PENDING);
            assertThat(approval.guard()).isEqualTo("egress.1.tone");
            assertThat(approval.decidedBy()).isEmpty();
        });
        RunResult done = compiled.resume(runId, Decision.approve("carol"));
        assertThat(done.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(TestRoute.events(done, "approval")).extracting(event -> event.attributes().get("approver")).containsExactly("bob", "carol");
        assertThat(stores.checkpoints(runId)).isZero();
    }

    @Test
    void theStreamingResumeStreamsTheRestOfTheRun() {
        FakeProvider streaming = FakeProvider.answering("unused").streamingText("memo drafted", 4);
        CompiledRoute compiled = approvalRoute(Durability.PAUSE_AND_END, streaming).compile(compiler(store));
        RecordingListener first = new RecordingListener(streaming);
        compiled.stream(request("draft the merger memo"), first);
        RecordingListener listener = new RecordingListener(streaming);

        RunResult result = compiled.resume(runId, Decision.approve("bob"), listener);

        assertThat(first.ends).singleElement().extracting(RunResult::status).isEqualTo(RunStatus.PAUSED);
        assertThat(result.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(listener.text).hasToString("memo drafted");
        assertThat(listener.ends).containsExactly(result);
        assertThat(first.events).isEqualTo(first.ends.getFirst().state().events());
        // The resumed stream starts with what happened before the pause: a follower sees the whole log.
        assertThat(listener.events).isEqualTo(result.state().events());
    }

    @Test
    void runEndHooksHearOfThePauseAndOfTheEnd() {
        List<String> ends = new CopyOnWriteArrayList<>();
        RunEndListener listener = state -> ends.add(state.events().get(state.events().size() - 1).type());
        CompiledRoute compiled = approvalRoute(Durability.PAUSE_AND_END, provider)
                .hooks(new Hooks(Map.<String, LifecycleHook>of("recorder", listener))).compile(compiler(store));

        compiled.invoke(request("draft the merger memo"));
        compiled.resume(runId, Decision.approve("bob"));

        assertThat(ends).containsExactly(Event.PAUSED, Event.COMPLETED);
    }

    @Test
    void aRouteWithDurabilityNoneWritesNothingAndRefusesARunThatNeedsApproval() {
        RunResult result = approvalRoute(Durability.NONE, provider).compile(compiler(store)).invoke(request("draft the merger memo"));

        assertThat(result.status()).isEqualTo(RunStatus.REFUSED);
        assertThat(result.halt()).hasValueSatisfying(halt ->
                assertThat(halt).isInstanceOfSatisfying(Halt.Refused.class, refused -> assertThat(refused.code()).isEqualTo("approval_unavailable")));
        assertThat(stores.checkpoints(runId)).isZero();
        assertThat(store.approvals().get(runId)).isEmpty();
    }
}
