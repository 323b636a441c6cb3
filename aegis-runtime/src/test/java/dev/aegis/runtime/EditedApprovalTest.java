package dev.aegis.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aegis.api.auth.Principal;
import dev.aegis.api.state.Event;
import dev.aegis.api.state.MaskMap;
import dev.aegis.api.state.Message;
import dev.aegis.api.state.Passage;
import dev.aegis.api.state.RunState;
import dev.aegis.api.state.StateDelta;
import dev.aegis.kernel.plan.Durability;
import dev.aegis.kernel.plan.OnError;
import dev.aegis.runtime.durable.Approval;
import dev.aegis.runtime.durable.Decision;
import dev.aegis.runtime.durable.DecisionRefusedException;
import dev.aegis.runtime.durable.DurableStore;
import dev.aegis.runtime.internal.steps.ApprovalGrant;
import dev.aegis.runtime.store.StoreConfig;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An approval with an edited conversation runs the route's ingress again from its start, blocking
 * and streamed alike; the approved request does not pause it again; what approvers are shown of a
 * paused run is what the model would be sent.
 */
class EditedApprovalTest {

    @TempDir
    Path dataDirectory;

    final TestClock clock = new TestClock(Instant.parse("2026-03-01T09:00:00Z"));
    DurableStoreFixture stores;
    DurableStore store;
    final FakeProvider provider = FakeProvider.answering("done");
    final String runId = "run-edited";

    @BeforeEach
    void openStore() {
        stores = new DurableStoreFixture(StoreConfig.DEFAULTS, dataDirectory, clock);
        store = stores.open();
    }

    @AfterEach
    void closeStores() {
        stores.close();
    }

    // ingress: a masker ("secret" → <S_1>, kept in the mask map), then a guard asking approval for "merger"
    // and refusing "forbidden"
    CompiledRoute route() {
        return TestRoute.route().named("edits").durability(Durability.PAUSE_AND_END)
                .ingress("masker", FakeGuard.masking("secret", "<S_1>"))
                .ingress("sensitive", FakeGuard.requiringApprovalOrBlocking("merger", "forbidden"))
                .provider("main", provider)
                .compile(new RouteCompiler(RetryBackoff.NONE).withDurability(store));
    }

    RunState request(String... texts) {
        return RunState.start(runId, "edits", Principal.of("alice", "payments"), Arrays.stream(texts).map(Message::user).toList());
    }

    @Test
    void anEditedConversationGoesThroughEveryIngressStepAgainBeforeTheModelSeesIt() {
        CompiledRoute compiled = route();
        compiled.invoke(request("draft the merger memo"));

        RunResult result = compiled.resume(runId, Decision.approve(Optional.of(List.of(Message.user("draft the merger memo with the secret"))), "bob"));

        assertThat(result.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(provider.requests).singleElement()
                .satisfies(sent -> assertThat(sent.messages()).containsExactly(Message.user("draft the merger memo with the <S_1>")));
        assertThat(TestRoute.events(result, Event.VERDICT)).filteredOn(event -> event.source().equals("ingress.2.sensitive"))
                .last().satisfies(verdict -> assertThat(verdict.attributes()).containsEntry("approval", "granted"));
    }

    @Test
    void anEditedConversationIsCheckedAgainWhenTheRestOfTheRunIsStreamed() {
        provider.streamingText("done", 2);
        CompiledRoute compiled = route();
        compiled.invoke(request("draft the merger memo"));
        RecordingListener listener = new RecordingListener(provider);

        RunResult result = compiled.resume(runId, Decision.approve(Optional.of(List.of(Message.user("the merger and the secret"))), "bob"),
                listener);

        assertThat(result.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(listener.text.toString()).isEqualTo("done");
        assertThat(provider.requests).singleElement()
                .satisfies(sent -> assertThat(sent.messages()).containsExactly(Message.user("the merger and the <S_1>")));
    }

    @Test
    void anEditAnIngressGuardRefusesEndsTheRunRefused() {
        CompiledRoute compiled = route();
        compiled.invoke(request("draft the merger memo"));

        RunResult result = compiled.resume(runId, Decision.approve(Optional.of(List.of(Message.user("the merger, forbidden"))), "bob"));

        assertThat(result.status()).isEqualTo(RunStatus.REFUSED);
        assertThat(result.halt()).hasValueSatisfying(halt -> assertThat(halt.source()).isEqualTo("ingress.2.sensitive"));
        assertThat(provider.calls()).isZero();
        assertThat(stores.checkpoints(runId)).isZero();
        assertThat(store.approvals().get(runId)).map(Approval::status).hasValue(Approval.Status.APPROVED);
    }

    @Test
    void anEditIsRefusedForARunPausedAfterTheModelWasCalled() {
        CompiledRoute compiled = TestRoute.route().named("edits").durability(Durability.PAUSE_AND_END)
                .provider("main", provider)
                .egress("review", FakeGuard.requiringApproval("done"))
                .compile(new RouteCompiler(RetryBackoff.NONE).withDurability(store));
        compiled.invoke(request("hello"));

        assertThatThrownBy(() -> compiled.resume(runId, Decision.approve(Optional.of(List.of(Message.user("hi"))), "bob")))
                .isInstanceOfSatisfying(DecisionRefusedException.class, e -> assertThat(e.code()).isEqualTo("edit_not_supported"));
        assertThat(store.approvals().get(runId)).map(Approval::status).hasValue(Approval.Status.PENDING);
        assertThat(compiled.resume(runId, Decision.approve("bob")).status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(provider.calls()).isEqualTo(1);
    }

    @Test
    void anApproverIsShownWhatTheModelWouldBeSentAndTheRevealShowsTheOriginals() {
        // the guard asking approval comes first: the masker has not run on the paused conversation yet
        CompiledRoute compiled = TestRoute.route().named("edits").durability(Durability.PAUSE_AND_END)
                .ingress("sensitive", FakeGuard.requiringApprovalOrBlocking("merger", "forbidden"))
                .ingress("masker", FakeGuard.masking("secret", "<S_1>"))
                .provider("main", provider)
                .compile(new RouteCompiler(RetryBackoff.NONE).withDurability(store));
        compiled.invoke(request("the merger", "the secret", "forbidden words"));

        assertThat(compiled.pausedConversation(runId, false)).hasValue(List.of(
                Message.user("the merger"), Message.user("the <S_1>"), Message.user("[withheld: ingress.1.sensitive would refuse it]")));
        assertThat(compiled.pausedConversation(runId, true)).hasValue(List.of(
                Message.user("the merger"), Message.user("the secret"), Message.user("forbidden words")));

        RunResult result = compiled.resume(runId, Decision.approve(Optional.of(List.of(Message.user("the merger"), Message.user("the <S_1>"))), "bob"));

        assertThat(result.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(provider.requests).singleElement().satisfies(sent -> assertThat(sent.messages())
                .containsExactly(Message.user("the merger"), Message.user("the <S_1>")));
        assertThat(result.state().maskMap()).as("the placeholder the approver kept still stands for the original")
                .isEqualTo(MaskMap.of(Map.of("<S_1>", "secret")));
    }

    @Test
    void anApproverIsShownThePassagesMaskedAndWithheldLikeTheConversationAndTheRevealShowsThemInClear() {
        Passage pausing = new Passage("m-0", "deals", "merger.md", 0, "the merger closes in May", 0.9);
        Passage secret = new Passage("p-2", "deals", "prices.md", 2, "the secret price is 40", 0.7);
        Passage poisoned = new Passage("x-5", "deals", "evil.md", 5, "forbidden words here", 0.3);
        // the passage asking approval pauses the run before the others are scanned or the masker runs
        CompiledRoute compiled = TestRoute.route().named("edits").durability(Durability.PAUSE_AND_END)
                .ingressNode("retrieve", state -> StateDelta.of(RunState.PASSAGES, List.of(pausing, secret, poisoned)), OnError.BLOCK)
                .ingress("sensitive", FakeGuard.requiringApprovalOrBlocking("merger", "forbidden"))
                .ingress("masker", FakeGuard.masking("secret", "<S_1>"))
                .provider("main", provider)
                .compile(new RouteCompiler(RetryBackoff.NONE).withDurability(store));
        assertThat(compiled.invoke(request("when does it close?")).status()).isEqualTo(RunStatus.PAUSED);

        assertThat(compiled.pausedPassages(runId, false)).hasValue(List.of(
                pausing, secret.withText("the <S_1> price is 40"), poisoned.withText("[withheld: ingress.2.sensitive would refuse it]")));
        assertThat(compiled.pausedPassages(runId, true)).hasValue(List.of(pausing, secret, poisoned));
        assertThat(compiled.pausedConversation(runId, false)).hasValue(List.of(Message.user("when does it close?")));
        assertThat(compiled.pausedPassages("run-unknown", false)).isEmpty();
    }

    @Test
    void theApprovedRequestIsGrantedOnlyToItsStepAndRules() {
        CompiledRoute compiled = route();
        compiled.invoke(request("draft the merger memo"));

        RunResult result = compiled.resume(runId, Decision.approve(Optional.of(List.of(Message.user("merger"), Message.user("acquisition"))), "bob"));

        assertThat(result.status()).as("a request for another rule pauses the run again").isEqualTo(RunStatus.PAUSED);
        assertThat(store.approvals().get(runId)).hasValueSatisfying(approval -> {
            assertThat(approval.status()).isEqualTo(Approval.Status.PENDING);
            assertThat(approval.rules()).containsExactly("acquisition-topic");
        });
        assertThat(result.state().get(ApprovalGrant.KEY)).as("the grant is used up").isEmpty();
        assertThat(provider.calls()).isZero();
    }
}
