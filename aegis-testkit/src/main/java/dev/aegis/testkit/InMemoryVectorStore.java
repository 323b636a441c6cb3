package dev.aegis.testkit;

import static java.util.Objects.requireNonNull;

import dev.aegis.api.vector.ScoredRecord;
import dev.aegis.api.vector.VectorCollection;
import dev.aegis.api.vector.VectorQuery;
import dev.aegis.api.vector.VectorRecord;
import dev.aegis.api.vector.VectorStoreProvider;
import dev.aegis.api.vector.Vectors;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * A vector store in memory that searches exactly: cosine similarity over every record, a plain
 * term-frequency keyword score, and reciprocal-rank fusion of the two for hybrid queries. The
 * reference the {@link VectorStoreContractTest} is checked against, and a store for tests of nodes
 * and APIs that need one. Thread-safe (every call is synchronized).
 */
public final class InMemoryVectorStore implements VectorStoreProvider {

    /** The constant of reciprocal-rank fusion: a result's fused score is the sum of 1 / (K + rank). */
    public static final int RRF_K = 60;

    private final Map<String, VectorCollection> collections = new TreeMap<>();
    private final Map<String, Map<String, VectorRecord>> records = new HashMap<>();

    @Override
    public synchronized VectorCollection putCollection(VectorCollection collection) {
        requireNonNull(collection, "collection");
        VectorCollection existing = collections.get(collection.name());
        if (existing != null && existing.dimensions() != collection.dimensions()) {
            throw new IllegalArgumentException("collection '" + collection.name() + "' has " + existing.dimensions() + " dimensions, not "
                    + collection.dimensions());
        }
        VectorCollection stored = existing == null ? collection
                : existing.withReaders(collection.readers()).withMetadata(collection.metadata());
        collections.put(stored.name(), stored);
        records.computeIfAbsent(stored.name(), name -> new LinkedHashMap<>());
        return stored;
    }

    @Override
    public synchronized Optional<VectorCollection> collection(String name) {
        return Optional.ofNullable(collections.get(name));
    }

    @Override
    public synchronized List<VectorCollection> collections() {
        return List.copyOf(collections.values());
    }

    @Override
    public synchronized boolean dropCollection(String name) {
        records.remove(name);
        return collections.remove(name) != null;
    }

    @Override
    public synchronized void upsert(String collection, List<VectorRecord> batch) {
        VectorCollection target = existing(collection);
        for (VectorRecord record : batch) {
            if (record.vector().length != target.dimensions()) {
                throw new IllegalArgumentException("record '" + record.id() + "' has " + record.vector().length + " dimensions; collection '"
                        + collection + "' has " + target.dimensions());
            }
        }
        Map<String, VectorRecord> stored = records.get(collection);
        batch.forEach(record -> stored.put(record.id(), record));
    }

    @Override
    public synchronized List<ScoredRecord> search(VectorQuery query) {
        List<Candidate> candidates = new ArrayList<>();
        for (String name : query.collections()) {
            VectorCollection collection = collections.get(name);
            if (collection == null || Collections.disjoint(collection.readers(), query.readers())) {
                continue;
            }
            for (VectorRecord record : records.get(name).values()) {
                if (record.metadata().entrySet().containsAll(query.filter().entrySet())) {
                    candidates.add(new Candidate(name, record));
                }
            }
        }
        return switch (query.mode()) {
            case VECTOR -> top(rankByVector(candidates, query.vector()), query.topK());
            case KEYWORD -> top(rankByKeywords(candidates, query.text()), query.topK());
            case HYBRID -> top(fuse(rankByVector(candidates, query.vector()), rankByKeywords(candidates, query.text())), query.topK());
        };
    }

    @Override
    public synchronized void delete(String collection, List<String> ids) {
        Map<String, VectorRecord> stored = records.get(collection);
        if (stored != null) {
            ids.forEach(stored::remove);
        }
    }

    @Override
    public synchronized long deleteWhere(String collection, Map<String, String> filter) {
        Map<String, VectorRecord> stored = records.get(collection);
        if (stored == null) {
            return 0;
        }
        int before = stored.size();
        stored.values().removeIf(record -> record.metadata().entrySet().containsAll(filter.entrySet()));
        return before - stored.size();
    }

    @Override
    public synchronized long count(String collection, Map<String, String> filter) {
        Map<String, VectorRecord> stored = records.get(collection);
        return stored == null ? 0 : stored.values().stream().filter(record -> record.metadata().entrySet().containsAll(filter.entrySet())).count();
    }

    private VectorCollection existing(String collection) {
        VectorCollection found = collections.get(collection);
        if (found == null) {
            throw new NoSuchElementException("no collection '" + collection + "'");
        }
        return found;
    }

    private record Candidate(String collection, VectorRecord record) {}

    private static List<ScoredRecord> rankByVector(List<Candidate> candidates, float[] vector) {
        List<ScoredRecord> ranked = new ArrayList<>();
        for (Candidate candidate : candidates) {
            ranked.add(new ScoredRecord(candidate.collection(), candidate.record(), Vectors.cosine(vector, candidate.record().vector())));
        }
        ranked.sort(BEST_FIRST);
        return ranked;
    }

    private static List<ScoredRecord> rankByKeywords(List<Candidate> candidates, String text) {
        Set<String> terms = Set.copyOf(words(text));
        List<ScoredRecord> ranked = new ArrayList<>();
        for (Candidate candidate : candidates) {
            List<String> words = words(candidate.record().text());
            long hits = words.stream().filter(terms::contains).count();
            if (hits > 0) {
                ranked.add(new ScoredRecord(candidate.collection(), candidate.record(), hits / Math.sqrt(words.size())));
            }
        }
        ranked.sort(BEST_FIRST);
        return ranked;
    }

    private static List<ScoredRecord> fuse(List<ScoredRecord> first, List<ScoredRecord> second) {
        Map<String, ScoredRecord> byKey = new LinkedHashMap<>();
        Map<String, Double> fused = new HashMap<>();
        for (List<ScoredRecord> ranking : List.of(first, second)) {
            for (int rank = 0; rank < ranking.size(); rank++) {
                ScoredRecord result = ranking.get(rank);
                String key = result.collection() + '\u0000' + result.record().id();
                byKey.putIfAbsent(key, result);
                fused.merge(key, 1.0 / (RRF_K + rank + 1), Double::sum);
            }
        }
        List<ScoredRecord> ranked = new ArrayList<>();
        byKey.forEach((key, result) -> ranked.add(new ScoredRecord(result.collection(), result.record(), fused.get(key))));
        ranked.sort(BEST_FIRST);
        return ranked;
    }

    private static final Comparator<ScoredRecord> BEST_FIRST = Comparator.comparingDouble(ScoredRecord::score).reversed()
            .thenComparing(result -> result.record().id());

    private static List<ScoredRecord> top(List<ScoredRecord> ranked, int k) {
        return List.copyOf(ranked.subList(0, Math.min(k, ranked.size())));
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

}
