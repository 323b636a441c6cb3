package dev.aegis.plugin.lucene;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * How a hybrid search fuses its two rankings: weighted reciprocal rank, where a chunk's score is
 * {@code vectorWeight / (rrfK + its vector rank)} plus {@code 1 / (rrfK + its keyword rank)}, each list
 * {@code depth} times as deep as the results asked for (at least 20).
 *
 * <p>The defaults come from the retrieval evaluation in {@code bench/rag-eval} (all-MiniLM-L6-v2
 * vectors, 230 questions): with a sentence encoder that good, the vector ranking deserves more weight
 * than BM25's, and a small constant lets each list's first places count. Plain RRF (weight 1, constant
 * 60) ranked below the vector ranking alone there; these settings ranked above both. With a weaker
 * embedder, a weight of 1 may suit better: measure with that command.
 *
 * @param rrfK the constant added to every rank (from 1)
 * @param vectorWeight how much a vector rank counts against a keyword rank
 * @param depth how many times more candidates each ranking gives than the results asked for
 */
public record HybridConfig(@Min(0) @Max(1000) Integer rrfK, @DecimalMin("0.0") @DecimalMax("100.0") Double vectorWeight,
        @Min(1) @Max(100) Integer depth) {

    public static final HybridConfig DEFAULTS = new HybridConfig(null, null, null);

    public HybridConfig {
        rrfK = rrfK == null ? 5 : rrfK;
        vectorWeight = vectorWeight == null ? 2.0 : vectorWeight;
        depth = depth == null ? 4 : depth;
    }
}
