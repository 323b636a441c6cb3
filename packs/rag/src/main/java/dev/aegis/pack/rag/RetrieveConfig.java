package dev.aegis.pack.rag;

import jakarta.validation.constraints.AssertFalse;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Optional;

/**
 * Configuration of {@code retrieve}.
 *
 * @param store the {@code vector-stores:} entry searched; may be left out when exactly one is configured
 * @param embedder the {@code embeddings:} entry that embeds the query; it must be the one the
 *     collections were embedded with; may be left out when exactly one is configured
 * @param collections the collections searched, each by its key or by its {@code name} metadata; resolved
 *     at every query, since collections are created while the gateway runs. The caller only ever gets
 *     records of those it may read
 * @param topK at most this many passages, 1 to 50; 5 by default
 * @param minScore the least cosine similarity, from -1 to 1, between the query's and a chunk's vectors
 *     for the chunk to be kept; checked by the node itself, so it means the same in every store and
 *     search mode. 0 (the default) keeps every result
 * @param query what is searched for: the last user message (the default), or the last {@code turns}
 *     user messages together
 * @param turns how many user messages {@code query: conversation} joins; 3 by default
 * @param rewrite rewriting the query with a model first; not implemented, so only {@code false}
 * @param maxPassageChars a passage longer than this is cut to it before anything sees it; 2000 by default
 */
public record RetrieveConfig(
        Optional<@Pattern(regexp = ".*\\S.*", message = "must not be blank") String> store,
        Optional<@Pattern(regexp = ".*\\S.*", message = "must not be blank") String> embedder,
        @NotEmpty List<@NotBlank String> collections,
        @Min(1) @Max(50) Integer topK,
        @DecimalMin("-1") @DecimalMax("1") Double minScore,
        Query query,
        @Min(1) @Max(50) Integer turns,
        @AssertFalse(message = "query rewriting is not implemented: leave rewrite out or set it to false") Boolean rewrite,
        @Min(1) @Max(100_000) Integer maxPassageChars) {

    /** What the node searches for. */
    public enum Query {
        /** The text of the last user message. */
        LAST_USER_MESSAGE,
        /** The last {@code turns} user messages, oldest first, one per line. */
        CONVERSATION
    }

    public RetrieveConfig {
        store = store == null ? Optional.empty() : store;
        embedder = embedder == null ? Optional.empty() : embedder;
        collections = collections == null ? List.of() : List.copyOf(collections);
        topK = topK == null ? 5 : topK;
        minScore = minScore == null ? 0.0 : minScore;
        query = query == null ? Query.LAST_USER_MESSAGE : query;
        turns = turns == null ? 3 : turns;
        rewrite = rewrite != null && rewrite;
        maxPassageChars = maxPassageChars == null ? 2000 : maxPassageChars;
    }

    /** The defaults, searching {@code collections}. */
    public static RetrieveConfig of(List<String> collections) {
        return new RetrieveConfig(null, null, collections, null, null, null, null, null, null);
    }

    public RetrieveConfig withTopK(int newTopK) {
        return new RetrieveConfig(store, embedder, collections, newTopK, minScore, query, turns, rewrite, maxPassageChars);
    }

    public RetrieveConfig withMinScore(double newMinScore) {
        return new RetrieveConfig(store, embedder, collections, topK, newMinScore, query, turns, rewrite, maxPassageChars);
    }

    public RetrieveConfig withQuery(Query newQuery, int newTurns) {
        return new RetrieveConfig(store, embedder, collections, topK, minScore, newQuery, newTurns, rewrite, maxPassageChars);
    }

    public RetrieveConfig withMaxPassageChars(int chars) {
        return new RetrieveConfig(store, embedder, collections, topK, minScore, query, turns, rewrite, chars);
    }
}
