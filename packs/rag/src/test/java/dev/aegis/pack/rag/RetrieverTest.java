package dev.aegis.pack.rag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aegis.api.auth.Principal;
import dev.aegis.api.model.ProviderException;
import dev.aegis.api.state.Event;
import dev.aegis.api.state.Message;
import dev.aegis.api.state.Passage;
import dev.aegis.api.state.RunState;
import dev.aegis.api.state.StateDelta;
import dev.aegis.api.vector.EmbeddingProvider;
import dev.aegis.api.model.EmbeddingRequest;
import dev.aegis.api.vector.VectorStoreProvider;
import dev.aegis.testkit.FakeEmbeddingProvider;
import dev.aegis.testkit.InMemoryVectorStore;
import java.util.List;
import org.junit.jupiter.api.Test;

class RetrieverTest {

    static final Principal ALICE = Principal.of("alice", "payments");

    final Corpus corpus = new Corpus()
            .collection("payments-kb", "Payments FAQ", "team:payments")
            .collection("hr-kb", "HR handbook", "team:hr")
            .document("payments-kb", "refunds.md", "Refunds reach the card in ten days.", "Refunds above 500 EUR need a manager.")
            .document("payments-kb", "cards.md", "A lost card is blocked at once.")
            .document("hr-kb", "leave.md", "Refunds of travel costs are paid with the salary.");

    static RunState ask(Principal principal, Message... messages) {
        return RunState.start("run-1", "support", principal, List.of(messages));
    }

    static List<Passage> passages(RunState state, StateDelta delta) {
        return state.apply(delta).getOrDefault(RunState.PASSAGES, List.of());
    }

    static Event retrieval(StateDelta delta) {
        return RunState.start("r", "s", ALICE, List.of()).apply(delta).events().stream()
                .filter(event -> event.type().equals(Retriever.RETRIEVAL)).findFirst().orElseThrow();
    }

    @Test
    void findsPassagesOfTheCollectionsTheCallerMayReadBestFirstWithTheirCitations() {
        Retriever retriever = corpus.retriever(RetrieveConfig.of(List.of("payments-kb", "hr-kb")).withTopK(2));
        RunState state = ask(ALICE, Message.user("how long do refunds take?"));

        StateDelta delta = retriever.apply(state);

        assertThat(passages(state, delta)).hasSize(2).allSatisfy(passage -> assertThat(passage.collection()).isEqualTo("payments-kb"))
                .first().satisfies(passage -> {
                    assertThat(passage.id()).isEqualTo("refunds.md#0");
                    assertThat(passage.document()).isEqualTo("refunds.md");
                    assertThat(passage.chunk()).isZero();
                    assertThat(passage.text()).isEqualTo("Refunds reach the card in ten days.");
                    assertThat(passage.score()).isPositive();
                });
        Event event = retrieval(delta);
        assertThat(event.source()).isEqualTo("retrieve");
        assertThat(event.attributes()).containsEntry("count", "2").containsEntry("store", "memory").containsEntry("embedder", "fake")
                .containsEntry("passage.0.collection", "payments-kb").containsEntry("passage.0.document", "refunds.md")
                .containsEntry("passage.0.chunk", "0").containsKey("passage.0.score").containsKey("passage.0.similarity");
        assertThat(event.toString()).doesNotContain("ten days", "how long");
    }

    @Test
    void aCollectionIsFoundByItsDisplayNameAtQueryTime() {
        Retriever retriever = corpus.retriever(RetrieveConfig.of(List.of("Payments FAQ", "Later")));
        corpus.collection("later-kb", "Later", "team:payments").document("later-kb", "new.md", "Refunds news: refunds are faster now.");

        List<Passage> found = passages(ask(ALICE, Message.user("refunds")), retriever.apply(ask(ALICE, Message.user("refunds"))));

        assertThat(found).extracting(Passage::collection).contains("payments-kb", "later-kb");
    }

    @Test
    void aCallerOfAnotherTeamGetsNothingFromACollectionItMayNotRead() {
        Retriever retriever = corpus.retriever(RetrieveConfig.of(List.of("hr-kb")));
        RunState state = ask(ALICE, Message.user("refunds of travel costs"));

        StateDelta delta = retriever.apply(state);

        assertThat(passages(state, delta)).isEmpty();
        assertThat(retrieval(delta).attributes()).containsEntry("count", "0");
    }

    @Test
    void minScoreKeepsOnlyChunksSimilarEnoughToTheQuestion() {
        RunState state = ask(ALICE, Message.user("lost card blocked"));

        List<Passage> all = passages(state, corpus.retriever(RetrieveConfig.of(List.of("payments-kb"))).apply(state));
        List<Passage> close = passages(state, corpus.retriever(RetrieveConfig.of(List.of("payments-kb")).withMinScore(0.5)).apply(state));

        assertThat(all).hasSize(3);
        assertThat(close).extracting(Passage::document).containsExactly("cards.md");
    }

    @Test
    void theConversationQueryJoinsTheLastUserTurns() {
        Retriever retriever = corpus.retriever(RetrieveConfig.of(List.of("payments-kb")).withQuery(RetrieveConfig.Query.CONVERSATION, 2));

        retriever.apply(ask(ALICE, Message.user("first"), Message.assistant("a"), Message.user("second"), Message.assistant("b"),
                Message.user("third")));

        assertThat(corpus.embedder.requests()).extracting(EmbeddingRequest::inputs).containsExactly(List.of("second\nthird"));
    }

    @Test
    void theDefaultQueryIsTheLastUserMessage() {
        corpus.retriever(RetrieveConfig.of(List.of("payments-kb"))).apply(ask(ALICE, Message.system("be brief"), Message.user("first"),
                Message.user("refunds?")));

        assertThat(corpus.embedder.requests()).extracting(EmbeddingRequest::inputs).containsExactly(List.of("refunds?"));
    }

    @Test
    void longChunksAreCutToTheConfiguredLength() {
        RunState state = ask(ALICE, Message.user("lost card"));

        List<Passage> found = passages(state, corpus.retriever(RetrieveConfig.of(List.of("payments-kb")).withMaxPassageChars(6)).apply(state));

        assertThat(found).extracting(Passage::text).allSatisfy(text -> assertThat(text).hasSizeLessThanOrEqualTo(6)).contains("A lost");
    }

    @Test
    void passagesAreAppendedToThoseAlreadyRetrievedWithoutDuplicates() {
        Passage earlier = new Passage("refunds.md#0", "payments-kb", "refunds.md", 0, "Refunds reach the card in ten days.", 0.1);
        RunState state = ask(ALICE, Message.user("refunds")).apply(StateDelta.of(RunState.PASSAGES, List.of(earlier)));

        StateDelta delta = corpus.retriever(RetrieveConfig.of(List.of("payments-kb"))).apply(state);

        List<Passage> found = passages(state, delta);
        assertThat(found.getFirst()).isEqualTo(earlier);
        assertThat(found).extracting(Passage::id).doesNotHaveDuplicates().contains("refunds.md#1");
        assertThat(retrieval(delta).attributes()).containsKey("passage.1.document").doesNotContainKey("passage.0.document");
    }

    @Test
    void noCollectionOrNoUserMessageRetrievesNothing() {
        StateDelta missing = corpus.retriever(RetrieveConfig.of(List.of("nowhere"))).apply(ask(ALICE, Message.user("refunds")));
        StateDelta silent = corpus.retriever(RetrieveConfig.of(List.of("payments-kb"))).apply(ask(ALICE, Message.system("hi")));

        // set, though empty: the run retrieved, and its answer cites nothing
        assertThat(ask(ALICE).apply(missing).get(RunState.PASSAGES)).hasValue(List.of());
        assertThat(ask(ALICE).apply(silent).get(RunState.PASSAGES)).hasValue(List.of());
        assertThat(corpus.embedder.requests()).isEmpty();
    }

    @Test
    void aFailingEmbedderIsThrownForTheRouteToFailClosed() {
        corpus.embedder.failNext(1, ProviderException.Failure.UNAVAILABLE);

        assertThatThrownBy(() -> corpus.retriever(RetrieveConfig.of(List.of("payments-kb"))).apply(ask(ALICE, Message.user("refunds"))))
                .isInstanceOf(ProviderException.class);
    }

    @Test
    void aCollectionEmbeddedWithOtherDimensionsIsAnErrorNamingIt() {
        Retriever retriever = (Retriever) new RetrieveFactory().create(RetrieveConfig.of(List.of("payments-kb")), new LookupContext()
                .with(VectorStoreProvider.class, "memory", corpus.store).with(EmbeddingProvider.class, "wide", new FakeEmbeddingProvider(128)));

        assertThatThrownBy(() -> retriever.apply(ask(ALICE, Message.user("refunds"))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("payments-kb").hasMessageContaining("'wide'");
    }

    @Test
    void theOnlyStoreAndEmbedderAreTheDefaultsAndNamesAreChecked() {
        LookupContext two = corpus.context().with(VectorStoreProvider.class, "other", new InMemoryVectorStore());
        RetrieveFactory factory = new RetrieveFactory();

        assertThatThrownBy(() -> factory.create(RetrieveConfig.of(List.of("a")), two))
                .hasMessageContaining("several vector stores").hasMessageContaining("memory, other").hasMessageContaining("store:");
        assertThatThrownBy(() -> factory.create(RetrieveConfig.of(List.of("a")), new LookupContext()))
                .hasMessageContaining("needs a configured vector store").hasMessageContaining("vector-stores:");
        assertThatThrownBy(() -> factory.create(new RetrieveConfig(java.util.Optional.of("missing"), java.util.Optional.empty(), List.of("a"),
                null, null, null, null, null, null), two)).hasMessageContaining("no vector store 'missing'");
        assertThatThrownBy(() -> factory.create(RetrieveConfig.of(List.of("a")), new LookupContext()
                .with(VectorStoreProvider.class, "memory", corpus.store))).hasMessageContaining("needs a configured embedder");
        assertThat(factory.create(new RetrieveConfig(java.util.Optional.of("other"), java.util.Optional.empty(), List.of("a"),
                null, null, null, null, null, null), two)).isInstanceOf(Retriever.class);
    }
}
