package dev.aegis.bench.rag;

import dev.aegis.api.vector.ScoredRecord;
import dev.aegis.api.vector.VectorQuery;
import dev.aegis.api.vector.VectorQuery.Mode;
import dev.aegis.api.vector.VectorRecord;
import dev.aegis.bench.rag.RagCorpus.Question;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the store's two rankings would give under other reciprocal-rank fusion settings: asks each
 * question once in {@link Mode#VECTOR} and once in {@link Mode#KEYWORD} (the store's own rankings, through
 * the public contract), fuses them here with each constant k, candidate depth and weight of the kNN ranking of a grid, and prints
 * recall@5 and MRR@10 per setting. Settings read off this table are fitted to these questions; the last
 * line picks the best setting on the even-numbered questions and scores it on the odd-numbered ones only,
 * to show how much of the gain survives questions it was not picked on.
 * {@code bench/rag-eval/run.sh fusion --embedder local --store lucene}
 */
public final class FusionStudy {

    private static final int[] CONSTANTS = {1, 5, 10, 20, 60};
    private static final int[] DEPTHS = {10, 20, 40};
    /** How many times a kNN rank counts for a BM25 rank of the same place; 1 is plain RRF. */
    private static final int[] VECTOR_WEIGHTS = {1, 2, 3};

    private record Rankings(Question question, List<String> byVector, List<String> byKeywords) {}

    private record Setting(int k, int depth, int vectorWeight) {}

    public static void main(String[] args) throws IOException {
        Options options = new Options(args, RetrievalEvaluation.options("max-words"));
        int maxWords = options.integer("max-words", 80);
        LoadedStore loaded = LoadedStore.open(options, "rag-fusion", corpus -> RetrievalEvaluation.chunks(corpus, maxWords));
        int deepest = DEPTHS[DEPTHS.length - 1];
        List<Rankings> rankings = new ArrayList<>();
        for (Question question : loaded.corpus().questions()) {
            float[] vector = loaded.embedder().embed(List.of(question.text())).getFirst();
            VectorQuery query = new VectorQuery(List.of(loaded.collection()), vector, question.text(), deepest, Map.of(), Set.of(Ingest.READER),
                    Mode.VECTOR);
            rankings.add(new Rankings(question, ids(loaded.store().search(query)), ids(loaded.store().search(query.withMode(Mode.KEYWORD)))));
        }
        System.out.printf("%n%-7s %-5s %-5s %9s %7s%n", "weight", "depth", "k", "recall@5", "MRR@10");
        for (Setting setting : grid()) {
            double[] scores = score(rankings, setting);
            System.out.printf("%-7d %-5d %-5d %9.3f %7.3f%n", setting.vectorWeight(), setting.depth(), setting.k(), scores[0], scores[1]);
        }
        List<Rankings> even = new ArrayList<>();
        List<Rankings> odd = new ArrayList<>();
        for (int i = 0; i < rankings.size(); i++) {
            (i % 2 == 0 ? even : odd).add(rankings.get(i));
        }
        Setting picked = null;
        double best = -1;
        for (Setting setting : grid()) {
            double mrr = score(even, setting)[1];
            if (mrr > best) {
                best = mrr;
                picked = setting;
            }
        }
        double[] held = score(odd, picked);
        double[] standard = score(odd, new Setting(60, 40, 1));
        System.out.printf("picked on the even questions: weight %d, depth %d, k %d; on the odd ones recall@5 %.3f, MRR@10 %.3f"
                + " (weight 1, depth 40, k 60: %.3f, %.3f)%n", picked.vectorWeight(), picked.depth(), picked.k(), held[0], held[1], standard[0],
                standard[1]);
    }

    private static List<Setting> grid() {
        List<Setting> grid = new ArrayList<>();
        for (int weight : VECTOR_WEIGHTS) {
            for (int depth : DEPTHS) {
                for (int k : CONSTANTS) {
                    grid.add(new Setting(k, depth, weight));
                }
            }
        }
        return grid;
    }

    /** recall@5 and MRR@10 over {@code rankings} fused with {@code setting}. */
    private static double[] score(List<Rankings> rankings, Setting setting) {
        double recall = 0;
        double reciprocalRanks = 0;
        for (Rankings ranking : rankings) {
            List<String> documents = fuse(ranking, setting).stream().map(FusionStudy::document).toList();
            recall += Scores.recallAt(RetrievalEvaluation.RECALL_DEPTH, documents, ranking.question().relevant());
            reciprocalRanks += Scores.reciprocalRank(documents, ranking.question().relevant());
        }
        return new double[] {recall / rankings.size(), reciprocalRanks / rankings.size()};
    }

    private static List<String> fuse(Rankings rankings, Setting setting) {
        Map<String, Double> fused = new HashMap<>();
        addRanks(fused, rankings.byVector(), setting.vectorWeight(), setting);
        addRanks(fused, rankings.byKeywords(), 1, setting);
        return fused.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(RetrievalEvaluation.RANKED_DEPTH).map(Map.Entry::getKey).toList();
    }

    private static void addRanks(Map<String, Double> fused, List<String> ranking, double weight, Setting setting) {
        for (int rank = 0; rank < Math.min(setting.depth(), ranking.size()); rank++) {
            fused.merge(ranking.get(rank), weight / (setting.k() + rank + 1), Double::sum);
        }
    }

    private static List<String> ids(List<ScoredRecord> results) {
        return results.stream().map(result -> result.record().id() + "\u0000" + result.record().metadata().get(VectorRecord.DOCUMENT)).toList();
    }

    private static String document(String key) {
        return key.substring(key.indexOf('\u0000') + 1);
    }
}
