package dev.aegis.bench.rag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScoresTest {

    private static final List<String> RANKED = List.of("a", "a", "b", "c", "d", "e", "f");

    @Test
    void recallCountsDocumentsFoundInTheFirstKChunks() {
        assertThat(Scores.recallAt(5, RANKED, Set.of("b", "f"))).isEqualTo(0.5);
        assertThat(Scores.recallAt(5, RANKED, Set.of("a"))).isEqualTo(1.0);
        assertThat(Scores.recallAt(5, List.of(), Set.of("a"))).isZero();
    }

    @Test
    void reciprocalRankIsThatOfTheFirstChunkOfARelevantDocument() {
        assertThat(Scores.reciprocalRank(RANKED, Set.of("c", "f"))).isEqualTo(0.25);
        assertThat(Scores.reciprocalRank(RANKED, Set.of("a"))).isEqualTo(1.0);
        assertThat(Scores.reciprocalRank(RANKED, Set.of("z"))).isZero();
    }
}
