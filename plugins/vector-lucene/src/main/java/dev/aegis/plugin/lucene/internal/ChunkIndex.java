package dev.aegis.plugin.lucene.internal;

import dev.aegis.api.vector.ScoredRecord;
import dev.aegis.api.vector.VectorCollection;
import dev.aegis.api.vector.VectorQuery;
import dev.aegis.api.vector.VectorRecord;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * One Lucene index of every collection's chunks and definitions. Reads are lock-free on the latest
 * refreshed searcher; every write method must be called with {@link #writeLock()} held, and its effect
 * becomes visible at {@link #publish()} and durable at {@link #commit()} (Lucene commits are atomic: after
 * a crash the index is as of the last commit, with nothing of a later write in it).
 */
public final class ChunkIndex implements Closeable {

    private static final String LAST_APPLIED = "aegis.last-applied";

    private final ReentrantLock writeLock = new ReentrantLock();
    private final FSDirectory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final ChunkSearch search;
    private volatile Map<String, VectorCollection> collections;
    private long lastApplied;

    private ChunkIndex(FSDirectory directory, IndexWriter writer) throws IOException {
        this.directory = directory;
        this.writer = writer;
        this.searchers = new SearcherManager(writer, null);
        this.search = new ChunkSearch(writer.getAnalyzer());
        this.collections = loadCollections();
        Map<String, String> committed = new TreeMap<>();
        Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
        if (data != null) {
            data.forEach(entry -> committed.put(entry.getKey(), entry.getValue()));
        }
        this.lastApplied = Long.parseLong(committed.getOrDefault(LAST_APPLIED, "-1"));
    }

    /** Opens the index in {@code path}, creating it when there is none. */
    public static ChunkIndex open(Path path) {
        try {
            FSDirectory directory = FSDirectory.open(path);
            IndexWriterConfig config = new IndexWriterConfig(new StandardAnalyzer())
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    .setCodec(new WideVectorCodec());
            return new ChunkIndex(directory, new IndexWriter(directory, config));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the Lucene index in " + path, e);
        }
    }

    /** Held by whoever writes: one writer at a time, so that a commit never splits a write call. */
    public ReentrantLock writeLock() {
        return writeLock;
    }

    public Optional<VectorCollection> collection(String name) {
        return Optional.ofNullable(collections.get(name));
    }

    /** In name order. */
    public List<VectorCollection> collections() {
        return List.copyOf(collections.values());
    }

    public static int maxDimensions() {
        return WideVectorCodec.MAX_DIMENSIONS;
    }

    /**
     * Creates the collection or replaces its definition; when its readers changed, every chunk of it is
     * re-indexed from its stored fields with the new readers.
     */
    public void define(VectorCollection collection) {
        checkLocked();
        VectorCollection existing = collections.get(collection.name());
        try {
            writer.updateDocument(IndexDocuments.collectionUid(collection.name()), IndexDocuments.collection(collection));
            if (existing != null && !existing.readers().equals(collection.readers())) {
                for (VectorRecord record : records(collection.name())) {
                    writer.updateDocument(IndexDocuments.chunkUid(collection.name(), record.id()),
                            IndexDocuments.chunk(collection.name(), collection.readers(), record));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, VectorCollection> next = new TreeMap<>(collections);
        next.put(collection.name(), collection);
        collections = next;
    }

    /** Deletes the collection's definition and chunks; false when there was none. */
    public boolean drop(String name) {
        checkLocked();
        if (!collections.containsKey(name)) {
            return false;
        }
        try {
            writer.deleteDocuments(new Term(IndexDocuments.COLLECTION, name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, VectorCollection> next = new TreeMap<>(collections);
        next.remove(name);
        collections = next;
        return true;
    }

    /**
     * Inserts or replaces chunks by id, their vectors already checked. One block: Lucene adds a block
     * and deletes what it replaces atomically, so even an I/O error leaves none of it or all of it.
     */
    public void upsert(VectorCollection collection, List<VectorRecord> records) {
        checkLocked();
        List<Document> documents = new ArrayList<>(records.size());
        List<BytesRef> uids = new ArrayList<>(records.size());
        for (VectorRecord record : records) {
            documents.add(IndexDocuments.chunk(collection.name(), collection.readers(), record));
            uids.add(IndexDocuments.chunkUid(collection.name(), record.id()).bytes());
        }
        try {
            writer.updateDocuments(new TermInSetQuery(IndexDocuments.UID, uids), documents);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void delete(String collection, List<String> ids) {
        checkLocked();
        try {
            writer.deleteDocuments(ids.stream().map(id -> IndexDocuments.chunkUid(collection, id)).toArray(Term[]::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes the collection's chunks that have every entry of {@code filter}; the number deleted. */
    public long deleteWhere(String collection, Map<String, String> filter) {
        checkLocked();
        Query matching = ChunkSearch.chunksOf(List.of(collection), filter);
        try {
            publish();
            long deleted = withSearcher(searcher -> (long) searcher.count(matching));
            writer.deleteDocuments(matching);
            return deleted;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Empties the index (before a rebuild). */
    public void clear() {
        checkLocked();
        try {
            writer.deleteAll();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        collections = new TreeMap<>();
    }

    /** The chunks of {@code collection}, read back from their stored fields. */
    public List<VectorRecord> records(String collection) {
        try {
            publish();
            return withSearcher(searcher -> {
                Query chunks = ChunkSearch.chunksOf(List.of(collection), Map.of());
                int total = Math.max(1, searcher.count(chunks));
                StoredFields stored = searcher.storedFields();
                List<VectorRecord> records = new ArrayList<>();
                for (ScoreDoc hit : searcher.search(chunks, total).scoreDocs) {
                    records.add(IndexDocuments.record(stored.document(hit.doc)));
                }
                return records;
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes every write so far visible to searches. */
    public void publish() {
        try {
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes every write so far durable, atomically, with {@link #lastApplied()}. */
    public void commit() {
        checkLocked();
        try {
            writer.setLiveCommitData(Map.of(LAST_APPLIED, Long.toString(lastApplied)).entrySet());
            writer.commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether there are writes not yet committed. */
    public boolean hasUncommittedChanges() {
        return writer.hasUncommittedChanges();
    }

    /** The change sequence this index has applied up to, for a shared store; -1 when it never was one. */
    public long lastApplied() {
        return lastApplied;
    }

    public void lastApplied(long sequence) {
        checkLocked();
        lastApplied = sequence;
    }

    public List<ScoredRecord> search(VectorQuery query) {
        try {
            return withSearcher(searcher -> search.search(searcher, query, collections));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public long count(String collection, Map<String, String> filter) {
        try {
            return withSearcher(searcher -> (long) searcher.count(ChunkSearch.chunksOf(List.of(collection), filter)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        writeLock.lock();
        try {
            searchers.close();
            if (writer.isOpen()) {
                writer.setLiveCommitData(Map.of(LAST_APPLIED, Long.toString(lastApplied)).entrySet());
                writer.close();
            }
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the Lucene index", e);
        } finally {
            writeLock.unlock();
        }
    }

    private interface SearcherWork<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    private <T> T withSearcher(SearcherWork<T> work) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return work.apply(searcher);
        } finally {
            searchers.release(searcher);
        }
    }

    private Map<String, VectorCollection> loadCollections() throws IOException {
        return withSearcher(searcher -> {
            Query definitions = new TermQuery(new Term(IndexDocuments.KIND, IndexDocuments.COLLECTION_KIND));
            StoredFields stored = searcher.storedFields();
            Map<String, VectorCollection> loaded = new TreeMap<>();
            for (ScoreDoc hit : searcher.search(definitions, Math.max(1, searcher.count(definitions))).scoreDocs) {
                Document document = stored.document(hit.doc);
                VectorCollection collection = IndexDocuments.definition(document);
                loaded.put(collection.name(), collection);
            }
            return loaded;
        });
    }

    private void checkLocked() {
        if (!writeLock.isHeldByCurrentThread()) {
            throw new IllegalStateException("index writes need the write lock");
        }
    }
}
