package dev.aegis.pack.rag;

import dev.aegis.api.auth.Principal;
import dev.aegis.api.node.PipelineNode;
import dev.aegis.api.state.Event;
import dev.aegis.api.state.Passage;
import dev.aegis.api.state.RunState;
import dev.aegis.api.state.StateDelta;
import dev.aegis.api.vector.EmbeddingProvider;
import dev.aegis.api.vector.Readers;
import dev.aegis.api.vector.ScoredRecord;
import dev.aegis.api.vector.VectorCollection;
import dev.aegis.api.vector.VectorQuery;
import dev.aegis.api.vector.VectorRecord;
import dev.aegis.api.vector.VectorStoreProvider;
import dev.aegis.api.vector.Vectors;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The {@code retrieve} node: embeds the user's question, searches the configured collections on
 * behalf of the run's principal (with {@link Readers#of} its own access tokens, nothing wider, so the
 * store never returns a record of a collection the caller may not read) and appends what it found to
 * {@link RunState#PASSAGES}, with a {@value #RETRIEVAL} event citing each passage without its text.
 * The route's ingress guards after it scan the passages before the model sees them.
 *
 * <p>A failure of the store or the embedder is thrown: the runtime refuses the run (fail closed) unless
 * the step says {@code on-error: allow}, when the run goes on without passages.
 */
final class Retriever implements PipelineNode {

    static final String RETRIEVAL = "retrieval";

    private final String source;
    private final VectorStoreProvider store;
    private final String storeName;
    private final EmbeddingProvider embedder;
    private final String embedderName;
    private final RetrieveConfig config;

    Retriever(String source, VectorStoreProvider store, String storeName, EmbeddingProvider embedder, String embedderName, RetrieveConfig config) {
        this.source = source;
        this.store = store;
        this.storeName = storeName;
        this.embedder = embedder;
        this.embedderName = embedderName;
        this.config = config;
    }

    @Override
    public StateDelta apply(RunState state) {
        Principal principal = state.principal().orElseThrow(() -> new IllegalStateException("a run without a principal cannot retrieve"));
        String query = QueryText.of(state.messages(), config.query(), config.turns());
        List<String> collections = resolved();
        List<Passage> existing = state.getOrDefault(RunState.PASSAGES, List.of());
        if (query.isEmpty() || collections.isEmpty()) {
            // the passages are set even so: the run did retrieve, and its answer cites nothing
            return StateDelta.of(RunState.PASSAGES, existing).event(event(List.of(), 0, collections.size(),
                    query.isEmpty() ? "no user message to search for" : "no configured collection exists", List.of()));
        }
        float[] vector = embedder.embed(List.of(query)).getFirst();
        List<ScoredRecord> found = store.search(VectorQuery.hybrid(collections, vector, query, config.topK(), Readers.of(principal)));
        Set<String> seen = new HashSet<>();
        existing.forEach(passage -> seen.add(passage.collection() + '\u0000' + passage.id()));
        List<Passage> added = new ArrayList<>();
        List<Double> similarities = new ArrayList<>();
        for (ScoredRecord result : found) {
            double similarity = similarity(vector, result.record());
            if ((config.minScore() > 0 && similarity < config.minScore()) || !seen.add(result.collection() + '\u0000' + result.record().id())) {
                continue;
            }
            added.add(passage(result));
            similarities.add(similarity);
        }
        List<Passage> passages = new ArrayList<>(existing);
        passages.addAll(added);
        return StateDelta.of(RunState.PASSAGES, List.copyOf(passages))
                .event(event(added, existing.size(), collections.size(), "", similarities));
    }

    // Matched by key or by display name, at every query: collections come and go while the gateway runs.
    private List<String> resolved() {
        Set<String> names = new LinkedHashSet<>();
        List<VectorCollection> all = store.collections();
        for (String wanted : config.collections()) {
            for (VectorCollection collection : all) {
                if (collection.name().equals(wanted) || wanted.equals(collection.metadata().get("name"))) {
                    if (collection.dimensions() != embedder.dimensions()) {
                        throw new IllegalStateException("collection '" + collection.name() + "' of vector store '" + storeName + "' has "
                                + collection.dimensions() + " dimensions; embedder '" + embedderName + "' makes " + embedder.dimensions());
                    }
                    names.add(collection.name());
                }
            }
        }
        return List.copyOf(names);
    }

    private Passage passage(ScoredRecord result) {
        VectorRecord record = result.record();
        String text = record.text();
        if (text.length() > config.maxPassageChars()) {
            int end = config.maxPassageChars();
            text = text.substring(0, Character.isLowSurrogate(text.charAt(end)) ? end - 1 : end);
        }
        return new Passage(record.id(), result.collection(), record.metadata().getOrDefault(VectorRecord.DOCUMENT, record.id()),
                chunk(record), text, Double.isFinite(result.score()) ? result.score() : 0);
    }

    private static int chunk(VectorRecord record) {
        try {
            return Integer.parseInt(record.metadata().getOrDefault(VectorRecord.CHUNK, "0"));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** Cosine similarity of the query and the record; NaN when the store returned the record without its vector. */
    private double similarity(float[] query, VectorRecord record) {
        float[] vector = record.vector();
        if (vector.length != query.length) {
            if (config.minScore() > 0) {
                throw new IllegalStateException("vector store '" + storeName + "' returns results without their vectors, which min-score needs");
            }
            return Double.NaN;
        }
        return Vectors.cosine(query, vector);
    }

    // Citations only: where each passage came from and how it ranked, never its text or the query.
    private Event event(List<Passage> added, int firstIndex, int searched, String detail, List<Double> similarities) {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("count", Integer.toString(added.size()));
        attributes.put("store", storeName);
        attributes.put("embedder", embedderName);
        attributes.put("collections", Integer.toString(searched));
        for (int i = 0; i < added.size(); i++) {
            Passage passage = added.get(i);
            String prefix = "passage." + (firstIndex + i) + '.';
            attributes.put(prefix + "collection", passage.collection());
            attributes.put(prefix + "document", passage.document());
            attributes.put(prefix + "chunk", Integer.toString(passage.chunk()));
            attributes.put(prefix + "score", format(passage.score()));
            if (i < similarities.size() && !similarities.get(i).isNaN()) {
                attributes.put(prefix + "similarity", format(similarities.get(i)));
            }
        }
        return Event.of(source, RETRIEVAL, detail, attributes);
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.6f", value);
    }
}
