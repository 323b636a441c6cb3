package dev.aegis.bench.rag;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The retrieval evaluation's fixed corpus and questions ({@code bench/rag-eval}): {@code corpus.md}, a
 * document per {@code # doc: ID} header, its {@code title:} line and its paragraphs separated by blank
 * lines; {@code questions.tsv}, a question per line as id, relevant document ids (comma-separated), kind
 * and text. Loading checks that every relevant id names a document, so a typo cannot pass as a miss.
 */
public record RagCorpus(List<Document> documents, List<Question> questions) {

    public RagCorpus {
        documents = List.copyOf(documents);
        questions = List.copyOf(questions);
    }

    /** A document: its id, its title and its paragraphs in order. */
    public record Document(String id, String title, List<String> paragraphs) {
        public Document {
            requireNonNull(id, "id");
            requireNonNull(title, "title");
            paragraphs = List.copyOf(paragraphs);
        }
    }

    /** A question and the documents that answer it; {@code kind} is keyword, paraphrase or mixed. */
    public record Question(String id, Set<String> relevant, String kind, String text) {
        public Question {
            requireNonNull(id, "id");
            relevant = Set.copyOf(relevant);
            requireNonNull(kind, "kind");
            requireNonNull(text, "text");
        }
    }

    public static RagCorpus load(Path directory) {
        try {
            List<Document> documents = parseDocuments(Files.readAllLines(directory.resolve("corpus.md")));
            List<Question> questions = parseQuestions(Files.readAllLines(directory.resolve("questions.tsv")));
            Set<String> ids = new LinkedHashSet<>();
            for (Document document : documents) {
                if (!ids.add(document.id())) {
                    throw new IllegalArgumentException("document '" + document.id() + "' appears twice");
                }
            }
            for (Question question : questions) {
                for (String relevant : question.relevant()) {
                    if (!ids.contains(relevant)) {
                        throw new IllegalArgumentException("question " + question.id() + " names no document '" + relevant + "'");
                    }
                }
            }
            return new RagCorpus(documents, questions);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Document> parseDocuments(List<String> lines) {
        Map<String, String> titles = new LinkedHashMap<>();
        Map<String, List<String>> paragraphs = new LinkedHashMap<>();
        String current = null;
        StringBuilder paragraph = new StringBuilder();
        for (String line : lines) {
            if (line.startsWith("# doc: ")) {
                flush(paragraph, paragraphs.get(current));
                current = line.substring("# doc: ".length()).strip();
                titles.put(current, "");
                paragraphs.put(current, new ArrayList<>());
            } else if (current != null && line.startsWith("title: ") && titles.get(current).isEmpty()) {
                titles.put(current, line.substring("title: ".length()).strip());
            } else if (line.isBlank()) {
                flush(paragraph, paragraphs.get(current));
            } else if (current != null) {
                paragraph.append(paragraph.isEmpty() ? "" : " ").append(line.strip());
            }
        }
        flush(paragraph, paragraphs.get(current));
        List<Document> documents = new ArrayList<>();
        titles.forEach((id, title) -> documents.add(new Document(id, title, paragraphs.get(id))));
        return documents;
    }

    private static void flush(StringBuilder paragraph, List<String> into) {
        if (!paragraph.isEmpty() && into != null) {
            into.add(paragraph.toString());
        }
        paragraph.setLength(0);
    }

    private static List<Question> parseQuestions(List<String> lines) {
        List<Question> questions = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t");
            if (fields.length != 4) {
                throw new IllegalArgumentException("a question line has 4 tab-separated fields: " + line);
            }
            questions.add(new Question(fields[0], Set.of(fields[1].split(",")), fields[2], fields[3]));
        }
        return questions;
    }
}
