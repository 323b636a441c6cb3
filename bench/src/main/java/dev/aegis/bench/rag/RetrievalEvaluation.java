package dev.aegis.bench.rag;

import dev.aegis.api.vector.EmbeddingProvider;
import dev.aegis.api.vector.ScoredRecord;
import dev.aegis.api.vector.VectorQuery;
import dev.aegis.api.vector.VectorQuery.Mode;
import dev.aegis.api.vector.VectorRecord;
import dev.aegis.api.vector.VectorStoreProvider;
import dev.aegis.bench.rag.ParagraphChunker.Chunk;
import dev.aegis.bench.rag.RagCorpus.Question;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Retrieval quality on the corpus in {@code bench/rag-eval}: chunks it, embeds and loads it into a store,
 * asks every question in each {@link Mode} and prints recall@5 and MRR@10 (a document is relevant, a
 * chunk is found when its document is) per mode and per kind of question, the ingest rate and query
 * latency with and without embedding the question. Works with any embedder and store:
 * {@code bench/rag-eval/run.sh evaluate --embedder local --store lucene} (see the README beside the corpus).
 */
public final class RetrievalEvaluation {

    static final int RECALL_DEPTH = 5;
    static final int RANKED_DEPTH = 10;
    static final String COLLECTION = "rag-eval";
    private static final Set<String> OPTIONS = options("max-words", "details");

    public static void main(String[] args) throws IOException {
        Options options = new Options(args, OPTIONS);
        int maxWords = options.integer("max-words", 80);
        LoadedStore loaded = LoadedStore.open(options, COLLECTION, corpus -> chunks(corpus, maxWords));
        RagCorpus corpus = loaded.corpus();
        PrintStream out = System.out;

        Evaluator evaluator = new Evaluator(loaded.embedder(), loaded.store());
        evaluator.run(corpus.questions(), null);
        List<String> details = new ArrayList<>(List.of("question\tkind\tmode\trecall@5\trr@10\tdocuments"));
        Map<Mode, Result> results = evaluator.run(corpus.questions(), details);
        print(out, results);
        out.println("at the end: " + Machine.describe());
        String detailsFile = options.get("details", "");
        if (!detailsFile.isEmpty()) {
            Files.write(Path.of(detailsFile), details);
            out.println("per question: " + detailsFile);
        }
    }

    static Set<String> options(String... more) {
        Set<String> known = new java.util.HashSet<>(LoadedStore.OPTIONS);
        known.addAll(List.of(more));
        return Set.copyOf(known);
    }

    /** The corpus cut by the {@link ParagraphChunker}. */
    static List<Chunk> chunks(RagCorpus corpus, int maxWords) {
        ParagraphChunker chunker = new ParagraphChunker(maxWords);
        return corpus.documents().stream().flatMap(document -> chunker.chunk(document).stream()).toList();
    }

    private static void print(PrintStream out, Map<Mode, Result> results) {
        out.println();
        out.printf("%-8s %9s %7s | %-36s | %s%n", "mode", "recall@5", "MRR@10", "recall@5 / MRR by kind", "p50 / p99 ms (with embedding; search only)");
        results.forEach((mode, result) -> out.printf("%-8s %9.3f %7.3f | %-36s | %.2f / %.2f; %.2f / %.2f%n", mode, result.all().recall(),
                result.all().mrr(), result.byKind(), result.withEmbedding().millis(50), result.withEmbedding().millis(99),
                result.searchOnly().millis(50), result.searchOnly().millis(99)));
    }

    /** Sums of the scores of a set of questions. */
    static final class Tally {
        private double recall;
        private double reciprocalRanks;
        private int questions;

        void add(double recallAt5, double reciprocalRank) {
            recall += recallAt5;
            reciprocalRanks += reciprocalRank;
            questions++;
        }

        double recall() {
            return recall / questions;
        }

        double mrr() {
            return reciprocalRanks / questions;
        }
    }

    /** One mode's scores, over every question and per kind, and its latencies. */
    record Result(Tally all, Map<String, Tally> kinds, Percentiles withEmbedding, Percentiles searchOnly) {

        String byKind() {
            StringBuilder text = new StringBuilder();
            kinds.forEach((kind, tally) -> text.append(text.isEmpty() ? "" : " ").append(kind, 0, 4).append(' ')
                    .append("%.2f/%.2f".formatted(tally.recall(), tally.mrr())));
            return text.toString();
        }
    }

    /** Asks the questions of a run in every mode, timing each. */
    static final class Evaluator {
        private final EmbeddingProvider embedder;
        private final VectorStoreProvider store;

        Evaluator(EmbeddingProvider embedder, VectorStoreProvider store) {
            this.embedder = embedder;
            this.store = store;
        }

        /** Every mode's result; {@code details}, when not null, gets a line per question and mode. */
        Map<Mode, Result> run(List<Question> questions, List<String> details) {
            Map<Mode, Result> results = new EnumMap<>(Mode.class);
            for (Mode mode : List.of(Mode.KEYWORD, Mode.VECTOR, Mode.HYBRID)) {
                Result result = new Result(new Tally(), new TreeMap<>(), new Percentiles(), new Percentiles());
                for (Question question : questions) {
                    long start = System.nanoTime();
                    float[] vector = mode == Mode.KEYWORD ? new float[0] : embedder.embed(List.of(question.text())).getFirst();
                    long searchStart = System.nanoTime();
                    List<ScoredRecord> found = store.search(new VectorQuery(List.of(COLLECTION), vector, question.text(), RANKED_DEPTH, Map.of(),
                            Set.of(Ingest.READER), mode));
                    long end = System.nanoTime();
                    result.withEmbedding().add(end - start);
                    result.searchOnly().add(end - searchStart);
                    List<String> documents = found.stream().map(scored -> scored.record().metadata().get(VectorRecord.DOCUMENT)).toList();
                    double recall = Scores.recallAt(RECALL_DEPTH, documents, question.relevant());
                    double reciprocalRank = Scores.reciprocalRank(documents, question.relevant());
                    result.all().add(recall, reciprocalRank);
                    result.kinds().computeIfAbsent(question.kind(), kind -> new Tally()).add(recall, reciprocalRank);
                    if (details != null) {
                        details.add("%s\t%s\t%s\t%.2f\t%.3f\t%s".formatted(question.id(), question.kind(), mode, recall, reciprocalRank,
                                String.join(",", documents.subList(0, Math.min(RECALL_DEPTH, documents.size())))));
                    }
                }
                results.put(mode, result);
            }
            return results;
        }
    }
}
