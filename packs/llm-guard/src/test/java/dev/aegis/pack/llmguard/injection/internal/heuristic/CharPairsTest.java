package dev.aegis.pack.llmguard.injection.internal.heuristic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aegis.pack.llmguard.injection.corpus.Corpus;
import dev.aegis.pack.llmguard.injection.corpus.Sample;
import dev.aegis.pack.llmguard.injection.internal.text.ScanText;
import org.junit.jupiter.api.Test;

class CharPairsTest {

    @Test
    void thePairTestNeverHidesAnAnchorThatIsThere() {
        int checked = 0;
        for (Sample sample : Corpus.train()) {
            String folded = ScanText.of(sample.text()).folded();
            CharPairs pairs = CharPairs.of(folded);
            for (Rule rule : RuleBook.load()) {
                for (Rule.Guarded guarded : rule.patterns()) {
                    assertThat(guarded.from(folded, pairs)).as("%s on %s", rule.name(), sample.family()).isEqualTo(searchingEveryAnchor(guarded, folded));
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(100_000);
    }

    @Test
    void aPairOfTheTextIsFoundAndMostOthersAreNot() {
        CharPairs pairs = CharPairs.of("ignore");

        assertThat(pairs.contains(CharPairs.of('i', 'g'))).isTrue();
        assertThat(pairs.contains(CharPairs.of('r', 'e'))).isTrue();
        assertThat(pairs.contains(CharPairs.of('x', 'q'))).isFalse();
    }

    private static int searchingEveryAnchor(Rule.Guarded guarded, String folded) {
        if (guarded.anchors().isEmpty()) {
            return 0;
        }
        int first = -1;
        for (String anchor : guarded.anchors()) {
            int at = folded.indexOf(anchor);
            if (at >= 0 && (first < 0 || at < first)) {
                first = at;
            }
        }
        return first < 0 ? -1 : Math.max(0, first - Rule.Guarded.REACH);
    }
}
