package dev.aegis.plugin.lucene.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.ScoreDoc;

/**
 * Fuses two rankings by weighted reciprocal rank: a result's score is the sum over the rankings it is
 * in of weight / (k + its rank from 1). Ranks rather than scores, because cosine and BM25 scores are on
 * scales that cannot be compared. Works on document numbers of one searcher, so that only the fused
 * top k are read from the stored fields.
 */
final class ReciprocalRankFusion {

    /** A document and its fused score. */
    record Fused(int doc, double score) {}

    private static final Comparator<Fused> BEST_FIRST = Comparator.comparingDouble(Fused::score).reversed().thenComparingInt(Fused::doc);

    private ReciprocalRankFusion() {}

    static List<Fused> fuse(ScoreDoc[] first, double firstWeight, ScoreDoc[] second, int k, int topK) {
        Map<Integer, Double> fused = new HashMap<>();
        for (int rank = 0; rank < first.length; rank++) {
            fused.merge(first[rank].doc, firstWeight / (k + rank + 1), Double::sum);
        }
        for (int rank = 0; rank < second.length; rank++) {
            fused.merge(second[rank].doc, 1.0 / (k + rank + 1), Double::sum);
        }
        List<Fused> ranked = new ArrayList<>(fused.size());
        fused.forEach((doc, score) -> ranked.add(new Fused(doc, score)));
        ranked.sort(BEST_FIRST);
        return List.copyOf(ranked.subList(0, Math.min(topK, ranked.size())));
    }
}
