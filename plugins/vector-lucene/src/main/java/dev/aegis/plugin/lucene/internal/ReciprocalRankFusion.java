package dev.aegis.plugin.lucene.internal;

import dev.aegis.api.vector.ScoredRecord;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Fuses rankings by reciprocal rank: a result's score is the sum over the rankings it is in of
 * 1 / ({@link #K} + its rank from 1). Ranks rather than scores, because cosine and BM25 scores are on
 * scales that cannot be compared.
 */
final class ReciprocalRankFusion {

    static final int K = 60;

    private static final Comparator<ScoredRecord> BEST_FIRST = Comparator.comparingDouble(ScoredRecord::score).reversed()
            .thenComparing(ScoredRecord::collection)
            .thenComparing(result -> result.record().id());

    private ReciprocalRankFusion() {}

    static List<ScoredRecord> fuse(List<ScoredRecord> first, List<ScoredRecord> second, int topK) {
        Map<String, ScoredRecord> byKey = new LinkedHashMap<>();
        Map<String, Double> fused = new HashMap<>();
        for (List<ScoredRecord> ranking : List.of(first, second)) {
            for (int rank = 0; rank < ranking.size(); rank++) {
                ScoredRecord result = ranking.get(rank);
                String key = result.collection() + '\u0000' + result.record().id();
                byKey.putIfAbsent(key, result);
                fused.merge(key, 1.0 / (K + rank + 1), Double::sum);
            }
        }
        List<ScoredRecord> ranked = new ArrayList<>(byKey.size());
        byKey.forEach((key, result) -> ranked.add(new ScoredRecord(result.collection(), result.record(), fused.get(key))));
        ranked.sort(BEST_FIRST);
        return List.copyOf(ranked.subList(0, Math.min(topK, ranked.size())));
    }
}
