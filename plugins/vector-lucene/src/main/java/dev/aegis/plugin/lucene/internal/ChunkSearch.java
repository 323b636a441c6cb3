package dev.aegis.plugin.lucene.internal;

import dev.aegis.api.vector.ScoredRecord;
import dev.aegis.api.vector.VectorCollection;
import dev.aegis.api.vector.VectorQuery;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.DoubleUnaryOperator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * Vector, keyword and hybrid search. Access control is part of the query: every search runs with a filter
 * of the requested collections, the caller's reader tokens against each chunk's {@code acl} terms, and the
 * metadata filter. The kNN query takes it as its filter, so HNSW traversal only ever collects permitted
 * chunks; BM25 takes it as a non-scoring clause. A chunk the caller may not read never takes a top-k place.
 */
final class ChunkSearch {

    /** Each ranking of a hybrid search is this many times deeper than the results asked for (at least {@link #MIN_DEPTH}). */
    static final int HYBRID_DEPTH = 4;
    static final int MIN_DEPTH = 20;

    private final Analyzer analyzer;

    ChunkSearch(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    List<ScoredRecord> search(IndexSearcher searcher, VectorQuery query, Map<String, VectorCollection> collections) throws IOException {
        List<String> names = query.collections().stream().distinct().filter(collections::containsKey).toList();
        if (names.isEmpty() || query.readers().isEmpty()) {
            return List.of();
        }
        if (query.mode() != VectorQuery.Mode.KEYWORD) {
            checkVector(query, names, collections);
        }
        Query filter = permitted(names, query.readers(), query.filter());
        return switch (query.mode()) {
            // Lucene scores a cosine match (1 + cosine) / 2; results carry the cosine itself
            case VECTOR -> read(searcher, byVector(searcher, query.vector(), query.topK(), filter), score -> 2.0 * score - 1.0);
            case KEYWORD -> read(searcher, byKeywords(searcher, query.text(), query.topK(), filter), score -> score);
            case HYBRID -> {
                int depth = Math.max(query.topK() * HYBRID_DEPTH, MIN_DEPTH);
                List<ReciprocalRankFusion.Fused> fused = ReciprocalRankFusion.fuse(byVector(searcher, query.vector(), depth, filter),
                        byKeywords(searcher, query.text(), depth, filter), query.topK());
                StoredFields stored = searcher.storedFields();
                List<ScoredRecord> results = new ArrayList<>(fused.size());
                for (ReciprocalRankFusion.Fused hit : fused) {
                    results.add(result(stored.document(hit.doc()), hit.score()));
                }
                yield results;
            }
        };
    }

    /** The chunks of {@code collections} that have every entry of {@code metadata}; no access control (writes and counts). */
    static Query chunksOf(List<String> collections, Map<String, String> metadata) {
        BooleanQuery.Builder query = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(IndexDocuments.KIND, IndexDocuments.CHUNK)), BooleanClause.Occur.FILTER)
                .add(terms(IndexDocuments.COLLECTION, collections), BooleanClause.Occur.FILTER);
        metadata.forEach((key, value) -> query.add(new TermQuery(new Term(IndexDocuments.METADATA + key, value)), BooleanClause.Occur.FILTER));
        return query.build();
    }

    /** {@link #chunksOf} that the holder of {@code readers} may read. */
    static Query permitted(List<String> collections, Set<String> readers, Map<String, String> metadata) {
        return new BooleanQuery.Builder()
                .add(chunksOf(collections, metadata), BooleanClause.Occur.FILTER)
                .add(terms(IndexDocuments.ACL, readers), BooleanClause.Occur.FILTER)
                .build();
    }

    private static void checkVector(VectorQuery query, List<String> names, Map<String, VectorCollection> collections) {
        VectorBytes.checkRankable(query.vector(), "the query's vector");
        for (String name : names) {
            VectorCollection collection = collections.get(name);
            // only a collection the caller may read is named: the error must not reveal the others
            if (!Collections.disjoint(collection.readers(), query.readers()) && collection.dimensions() != query.vector().length) {
                throw new IllegalArgumentException("the query's vector has " + query.vector().length + " dimensions; collection '" + name
                        + "' has " + collection.dimensions());
            }
        }
    }

    private static ScoreDoc[] byVector(IndexSearcher searcher, float[] vector, int k, Query filter) throws IOException {
        return searcher.search(new KnnFloatVectorQuery(IndexDocuments.vectorField(vector.length), vector, k, filter), k).scoreDocs;
    }

    /** BM25 over the analysed words of {@code text}, any of which must match. */
    private ScoreDoc[] byKeywords(IndexSearcher searcher, String text, int k, Query filter) throws IOException {
        Set<String> terms = analyze(text);
        if (terms.isEmpty()) {
            return new ScoreDoc[0];
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder().setMinimumNumberShouldMatch(1);
        terms.forEach(term -> query.add(new TermQuery(new Term(IndexDocuments.TEXT, term)), BooleanClause.Occur.SHOULD));
        query.add(filter, BooleanClause.Occur.FILTER);
        return searcher.search(query.build(), k).scoreDocs;
    }

    private Set<String> analyze(String text) {
        Set<String> terms = new LinkedHashSet<>();
        try (TokenStream tokens = analyzer.tokenStream(IndexDocuments.TEXT, text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                terms.add(term.toString());
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    private static List<ScoredRecord> read(IndexSearcher searcher, ScoreDoc[] hits, DoubleUnaryOperator score) throws IOException {
        StoredFields stored = searcher.storedFields();
        List<ScoredRecord> results = new ArrayList<>(hits.length);
        for (ScoreDoc hit : hits) {
            results.add(result(stored.document(hit.doc), score.applyAsDouble(hit.score)));
        }
        return results;
    }

    private static ScoredRecord result(Document document, double score) {
        return new ScoredRecord(document.get(IndexDocuments.COLLECTION), IndexDocuments.record(document), score);
    }

    private static Query terms(String field, Collection<String> values) {
        return new TermInSetQuery(field, values.stream().map(BytesRef::new).toList());
    }
}
