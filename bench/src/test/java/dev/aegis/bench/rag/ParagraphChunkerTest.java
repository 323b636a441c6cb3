package dev.aegis.bench.rag;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aegis.bench.rag.ParagraphChunker.Chunk;
import dev.aegis.bench.rag.RagCorpus.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParagraphChunkerTest {

    @Test
    void packsWholeParagraphsWhileTheyFitAndStartsEachChunkWithTheTitle() {
        Document document = new Document("d", "Title", List.of("one two three four", "five six seven", "eight nine ten eleven twelve"));

        List<Chunk> chunks = new ParagraphChunker(10).chunk(document);

        assertThat(chunks).extracting(Chunk::text)
                .containsExactly("Title\n\none two three four\n\nfive six seven", "Title\n\neight nine ten eleven twelve");
        assertThat(chunks).extracting(Chunk::id).containsExactly("d#0", "d#1");
        assertThat(chunks).extracting(Chunk::document).containsOnly("d");
    }

    @Test
    void cutsAParagraphLongerThanTheLimitBetweenSentences() {
        String sentence = "Five words in this sentence.";
        Document document = new Document("d", "T", List.of(String.join(" ", sentence, sentence, sentence)));

        List<Chunk> chunks = new ParagraphChunker(10).chunk(document);

        assertThat(chunks).extracting(Chunk::text).containsExactly("T\n\n" + sentence + " " + sentence, "T\n\n" + sentence);
    }

    @Test
    void everyWordOfTheShippedCorpusEndsUpInExactlyOneChunk() {
        RagCorpus corpus = RagCorpus.load(java.nio.file.Path.of("rag-eval"));
        ParagraphChunker chunker = new ParagraphChunker(80);

        for (Document document : corpus.documents()) {
            List<Chunk> chunks = chunker.chunk(document);
            int titleWords = ParagraphChunker.words(document.title());
            int chunkWords = chunks.stream().mapToInt(chunk -> ParagraphChunker.words(chunk.text()) - titleWords).sum();
            int documentWords = document.paragraphs().stream().mapToInt(ParagraphChunker::words).sum();
            assertThat(chunkWords).as(document.id()).isEqualTo(documentWords);
        }
    }
}
