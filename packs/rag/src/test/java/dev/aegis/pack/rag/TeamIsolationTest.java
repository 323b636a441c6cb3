package dev.aegis.pack.rag;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aegis.api.auth.Principal;
import dev.aegis.api.state.Message;
import dev.aegis.api.state.Passage;
import dev.aegis.api.state.RunState;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Two teams, a collection each, the same vocabulary in both (so the other team's chunks would rank
 * as well as one's own), and one node configured to search both: a thousand seeded random
 * questions from random members never return a passage of the other team's collection.
 */
class TeamIsolationTest {

    static final String[] WORDS = {"refund", "card", "invoice", "salary", "leave", "travel", "contract", "laptop", "password", "budget",
        "holiday", "merger", "audit", "payroll", "pension", "badge", "office", "vendor", "tax", "bonus"};
    static final Map<String, String> COLLECTION_OF_TEAM = Map.of("red", "red-kb", "blue", "blue-kb");

    @Test
    void aThousandRandomQueriesNeverReturnAnotherTeamsPassage() {
        Random random = new Random(20261207L);
        Corpus corpus = new Corpus().collection("red-kb", "Red", "team:red").collection("blue-kb", "Blue", "team:blue");
        for (int doc = 0; doc < 60; doc++) {
            corpus.document(doc % 2 == 0 ? "red-kb" : "blue-kb", "doc-" + doc + ".md", sentence(random, 12), sentence(random, 12), sentence(random, 12));
        }
        Retriever retriever = corpus.retriever(RetrieveConfig.of(List.of("red-kb", "Blue")).withTopK(10));
        int found = 0;
        for (int query = 0; query < 1000; query++) {
            String team = random.nextBoolean() ? "red" : "blue";
            Principal principal = Principal.of("user-" + random.nextInt(50), team);
            RunState state = RunState.start("run-" + query, "support", principal, List.of(Message.user(sentence(random, 1 + random.nextInt(5)))));

            List<Passage> passages = state.apply(retriever.apply(state)).getOrDefault(RunState.PASSAGES, List.of());

            assertThat(passages).as("query %d by team %s", query, team)
                    .allSatisfy(passage -> assertThat(passage.collection()).isEqualTo(COLLECTION_OF_TEAM.get(team)));
            found += passages.size();
        }
        // the node did search: each query finds its own team's passages (10 each, 90 chunks per collection)
        assertThat(found).isEqualTo(1000 * 10);
    }

    private static String sentence(Random random, int words) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < words; i++) {
            text.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return text.toString();
    }
}
