package dev.aegis.bench.rag;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Document-level retrieval scores of one ranked list of chunks, given as the document each chunk came
 * from, best first: a document is found when any of its chunks is.
 */
final class Scores {

    private Scores() {}

    /** The share of the relevant documents that have a chunk among the first {@code k}. */
    static double recallAt(int k, List<String> rankedDocuments, Set<String> relevant) {
        Set<String> found = new HashSet<>(rankedDocuments.subList(0, Math.min(k, rankedDocuments.size())));
        found.retainAll(relevant);
        return (double) found.size() / relevant.size();
    }

    /** 1 / the rank of the first chunk of a relevant document; 0 when none was retrieved. */
    static double reciprocalRank(List<String> rankedDocuments, Set<String> relevant) {
        for (int rank = 0; rank < rankedDocuments.size(); rank++) {
            if (relevant.contains(rankedDocuments.get(rank))) {
                return 1.0 / (rank + 1);
            }
        }
        return 0;
    }
}
