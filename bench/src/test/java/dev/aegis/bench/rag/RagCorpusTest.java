package dev.aegis.bench.rag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aegis.bench.rag.RagCorpus.Question;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RagCorpusTest {

    private static final Path SHIPPED = Path.of("rag-eval");

    @Test
    void theShippedCorpusHasTheDocumentsAndQuestionsTheEvaluationPromises() {
        RagCorpus corpus = RagCorpus.load(SHIPPED);

        assertThat(corpus.documents()).hasSizeBetween(60, 150);
        assertThat(corpus.documents()).allSatisfy(document -> {
            assertThat(document.title()).isNotBlank();
            assertThat(document.paragraphs()).hasSizeGreaterThanOrEqualTo(2);
        });
        assertThat(corpus.questions()).hasSizeGreaterThanOrEqualTo(150);
        assertThat(corpus.questions()).extracting(Question::kind).containsOnly("keyword", "paraphrase", "mixed")
                .contains("keyword", "paraphrase", "mixed");
        Set<String> ids = new HashSet<>();
        assertThat(corpus.questions()).allSatisfy(question -> assertThat(ids.add(question.id())).as(question.id()).isTrue());
    }

    @Test
    void aQuestionNamingAnUnknownDocumentStopsTheLoad(@TempDir Path directory) throws IOException {
        Files.writeString(directory.resolve("corpus.md"), """
                # doc: tides
                title: Tides

                The Moon pulls the sea.

                Twice a day.
                """);
        Files.writeString(directory.resolve("questions.tsv"), "q1\ttides,moon\tkeyword\tWhy are there tides?\n");

        assertThatThrownBy(() -> RagCorpus.load(directory)).hasMessageContaining("q1").hasMessageContaining("'moon'");
    }

    @Test
    void paragraphsAreJoinedAcrossLinesAndSplitAtBlankLines(@TempDir Path directory) throws IOException {
        Files.writeString(directory.resolve("corpus.md"), """
                # doc: tides
                title: Tides
                The Moon pulls
                the sea.

                Twice a day.
                # doc: fog
                title: Fog

                Cloud on the ground.
                """);
        Files.writeString(directory.resolve("questions.tsv"), "# id\trelevant\tkind\tquestion\nq1\ttides,fog\tmixed\tWhat does the Moon do?\n");

        RagCorpus corpus = RagCorpus.load(directory);

        assertThat(corpus.documents()).extracting(RagCorpus.Document::paragraphs)
                .containsExactly(java.util.List.of("The Moon pulls the sea.", "Twice a day."), java.util.List.of("Cloud on the ground."));
        assertThat(corpus.questions()).singleElement().satisfies(question -> assertThat(question.relevant()).containsOnly("tides", "fog"));
    }
}
