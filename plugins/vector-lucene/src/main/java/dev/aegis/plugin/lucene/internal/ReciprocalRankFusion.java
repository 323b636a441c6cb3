package dev.aegis.plugin.lucene.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.ScoreDoc;

/**
 * Fuses rankings by reciprocal rank: a result's score is the sum over the rankings it is in of
 * 1 / ({@link #K} + its rank from 1). Ranks rather than scores, because cosine and BM25 scores are on
 * scales that cannot be compared. Works on document numbers of one searcher, so that only the fused
 * top k are read from the stored fields.
 */
final class ReciprocalRankFusion {

    static final int K = 60;

    /** A document and its fused score. */
    record Fused(int doc, double score) {}

    private static final Comparator<Fused> BEST_FIRST = Comparator.comparingDouble(Fused::score).reversed().thenComparingInt(Fused::doc);

    private ReciprocalRankFusion() {}

    static List<Fused> fuse(ScoreDoc[] first, ScoreDoc[] second, int topK) {
        Map<Integer, Double> fused = new HashMap<>();
        for (ScoreDoc[] ranking : List.of(first, second)) {
            for (int rank = 0; rank < ranking.length; rank++) {
                fused.merge(ranking[rank].doc, 1.0 / (K + rank + 1), Double::sum);
            }
        }
        List<Fused> ranked = new ArrayList<>(fused.size());
        fused.forEach((doc, score) -> ranked.add(new Fused(doc, score)));
        ranked.sort(BEST_FIRST);
        return List.copyOf(ranked.subList(0, Math.min(topK, ranked.size())));
    }
}
