package dev.aegis.server.vectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ChunkerTest {

    @Test
    void countsAWordPerFourCharactersAndEachPunctuationMark() {
        assertThat(Chunker.tokens("")).isZero();
        assertThat(Chunker.tokens("a, b.")).isEqualTo(4);
        assertThat(Chunker.tokens("hello world")).isEqualTo(4);
        assertThat(Chunker.tokens("internationalization")).isEqualTo(5);
    }

    @Test
    void blankTextHasNoChunks() {
        assertThat(new Chunker(100, 0).chunk(" \n\n\t ")).isEmpty();
    }

    @Test
    void paragraphsThatFitStayWhole() {
        String first = "First paragraph has some words in it.";
        String second = "Second paragraph, also short, and separate.";

        assertThat(new Chunker(14, 0).chunk(first + "\n\n" + second)).containsExactly(first, second);
        assertThat(new Chunker(100, 0).chunk(first + "\n\n" + second)).containsExactly(first + "\n\n" + second);
    }

    @Test
    void aLongParagraphIsCutBetweenSentences() {
        String text = "One sentence here. Another sentence there! A third one? And the last.";

        List<String> chunks = new Chunker(8, 0).chunk(text);

        assertThat(chunks).containsExactly("One sentence here.", "Another sentence there!", "A third one?", "And the last.");
    }

    @Test
    void aWordLongerThanAChunkIsCutInside() {
        String blob = "x".repeat(1000);

        List<String> chunks = new Chunker(100, 0).chunk(blob);

        assertThat(String.join("", chunks)).isEqualTo(blob);
        assertThat(chunks).allSatisfy(chunk -> assertThat(Chunker.tokens(chunk)).isLessThanOrEqualTo(100));
    }

    @Test
    void seededTextIsCoveredInChunksWithinTheLimitThatOverlap() {
        Random random = new Random(42);
        List<String> sentences = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 400; i++) {
            StringBuilder sentence = new StringBuilder("Sentence" + i);
            for (int words = random.nextInt(3, 25); words > 0; words--) {
                sentence.append(' ').append("w".repeat(random.nextInt(1, 12)));
            }
            sentence.append('.');
            sentences.add(sentence.toString());
            text.append(sentence).append(random.nextInt(6) == 0 ? "\n\n" : " ");
        }

        List<String> chunks = new Chunker(120, 40).chunk(text.toString());

        assertThat(chunks).allSatisfy(chunk -> assertThat(Chunker.tokens(chunk)).isLessThanOrEqualTo(120));
        for (String sentence : sentences) {
            assertThat(chunks.stream().anyMatch(chunk -> chunk.contains(sentence))).as(sentence).isTrue();
        }
        int overlapping = 0;
        for (int i = 1; i < chunks.size(); i++) {
            String previous = chunks.get(i - 1);
            String firstSentence = chunks.get(i).substring(0, chunks.get(i).indexOf('.') + 1);
            assertThat(chunks.get(i)).isNotEqualTo(previous);
            overlapping += previous.contains(firstSentence) ? 1 : 0;
        }
        assertThat(overlapping).isGreaterThan(chunks.size() / 2);
    }

    @Test
    void anOverlapOfMoreThanHalfAChunkIsRefused() {
        assertThatThrownBy(() -> new Chunker(100, 51)).isInstanceOf(IllegalArgumentException.class);
    }
}
