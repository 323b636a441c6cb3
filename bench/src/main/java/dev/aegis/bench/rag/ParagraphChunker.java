package dev.aegis.bench.rag;

import static java.util.Objects.requireNonNull;

import dev.aegis.bench.rag.RagCorpus.Document;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a document into chunks of whole paragraphs, at most {@code maxWords} words each: paragraphs are
 * packed while they fit, and a paragraph longer than the limit is cut between sentences. Each chunk
 * starts with the document's title, so a chunk from the middle of a document still says what it is about.
 */
public final class ParagraphChunker {

    /** A piece of a document: {@code index} counts from 0 within its document. */
    public record Chunk(String id, String document, int index, String text) {
        public Chunk {
            requireNonNull(id, "id");
            requireNonNull(document, "document");
            requireNonNull(text, "text");
        }
    }

    private final int maxWords;

    public ParagraphChunker(int maxWords) {
        if (maxWords < 10) {
            throw new IllegalArgumentException("chunks need room for at least 10 words");
        }
        this.maxWords = maxWords;
    }

    public List<Chunk> chunk(Document document) {
        List<String> pieces = new ArrayList<>();
        for (String paragraph : document.paragraphs()) {
            pieces.addAll(words(paragraph) <= maxWords ? List.of(paragraph) : splitSentences(paragraph));
        }
        List<Chunk> chunks = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int words = 0;
        for (String piece : pieces) {
            int pieceWords = words(piece);
            if (words > 0 && words + pieceWords > maxWords) {
                chunks.add(chunkOf(document, chunks.size(), text));
                text.setLength(0);
                words = 0;
            }
            text.append(text.isEmpty() ? "" : "\n\n").append(piece);
            words += pieceWords;
        }
        if (words > 0) {
            chunks.add(chunkOf(document, chunks.size(), text));
        }
        return chunks;
    }

    private static Chunk chunkOf(Document document, int index, CharSequence text) {
        return new Chunk(document.id() + "#" + index, document.id(), index, document.title() + "\n\n" + text);
    }

    /** The paragraph cut after sentence ends into runs of sentences of at most {@code maxWords} words (a longer sentence stays whole). */
    private List<String> splitSentences(String paragraph) {
        List<String> runs = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        for (String sentence : paragraph.split("(?<=[.!?])\\s+")) {
            if (!run.isEmpty() && words(run.toString()) + words(sentence) > maxWords) {
                runs.add(run.toString());
                run.setLength(0);
            }
            run.append(run.isEmpty() ? "" : " ").append(sentence);
        }
        if (!run.isEmpty()) {
            runs.add(run.toString());
        }
        return runs;
    }

    static int words(String text) {
        String stripped = text.strip();
        return stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
    }
}
