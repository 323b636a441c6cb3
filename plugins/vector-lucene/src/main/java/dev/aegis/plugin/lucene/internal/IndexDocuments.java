package dev.aegis.plugin.lucene.internal;

import dev.aegis.api.vector.VectorCollection;
import dev.aegis.api.vector.VectorRecord;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.util.BytesRef;

/**
 * The two kinds of documents in the index and how they are read back. A chunk carries everything its
 * {@link VectorRecord} is rebuilt from (the vector too, so the index can re-index itself), plus its
 * collection's readers as {@code acl} terms that searches filter on. A collection's definition is a
 * document of its own, so definitions and chunks change in one commit.
 */
final class IndexDocuments {

    static final String KIND = "kind";
    static final String CHUNK = "chunk";
    static final String COLLECTION_KIND = "collection";
    /** The collection's name, on both kinds. */
    static final String COLLECTION = "collection";
    static final String ID = "id";
    /** Unique per document: collection + NUL + id for a chunk, NUL + name for a collection. */
    static final String UID = "uid";
    static final String TEXT = "text";
    static final String ACL = "acl";
    static final String STORED_VECTOR = "vector";
    static final String METADATA = "m.";
    static final String DIMENSIONS = "dimensions";
    static final String READERS = "readers";
    static final String CREATED_AT = "created-at";

    private IndexDocuments() {}

    /** The vector field of {@code dimensions}: Lucene fixes one length per field. */
    static String vectorField(int dimensions) {
        return "vec_" + dimensions;
    }

    static Term chunkUid(String collection, String id) {
        return new Term(UID, collection + '\u0000' + id);
    }

    static Term collectionUid(String name) {
        return new Term(UID, '\u0000' + name);
    }

    static Document chunk(String collection, Set<String> readers, VectorRecord record) {
        Document document = new Document();
        document.add(new StringField(KIND, CHUNK, Field.Store.NO));
        document.add(new StringField(UID, chunkUid(collection, record.id()).text(), Field.Store.NO));
        document.add(new StringField(COLLECTION, collection, Field.Store.YES));
        document.add(new StringField(ID, record.id(), Field.Store.YES));
        document.add(new TextField(TEXT, record.text(), Field.Store.YES));
        document.add(new KnnFloatVectorField(vectorField(record.vector().length), record.vector(), VectorSimilarityFunction.COSINE));
        document.add(new StoredField(STORED_VECTOR, new BytesRef(VectorBytes.encode(record.vector()))));
        record.metadata().forEach((key, value) -> document.add(new StringField(METADATA + key, value, Field.Store.YES)));
        readers.forEach(reader -> document.add(new StringField(ACL, reader, Field.Store.NO)));
        return document;
    }

    static VectorRecord record(Document document) {
        BytesRef vector = document.getBinaryValue(STORED_VECTOR);
        return new VectorRecord(document.get(ID), VectorBytes.decode(vector.bytes, vector.offset, vector.length), document.get(TEXT),
                prefixed(document, METADATA));
    }

    static Document collection(VectorCollection collection) {
        Document document = new Document();
        document.add(new StringField(KIND, COLLECTION_KIND, Field.Store.NO));
        document.add(new StringField(UID, collectionUid(collection.name()).text(), Field.Store.NO));
        document.add(new StringField(COLLECTION, collection.name(), Field.Store.YES));
        document.add(new StoredField(DIMENSIONS, collection.dimensions()));
        collection.readers().forEach(reader -> document.add(new StoredField(READERS, reader)));
        collection.metadata().forEach((key, value) -> document.add(new StoredField(METADATA + key, value)));
        document.add(new StoredField(CREATED_AT, collection.createdAt().toString()));
        return document;
    }

    static VectorCollection definition(Document document) {
        Set<String> readers = Set.of(document.getValues(READERS));
        return new VectorCollection(document.get(COLLECTION), document.getField(DIMENSIONS).numericValue().intValue(), readers,
                prefixed(document, METADATA), Instant.parse(document.get(CREATED_AT)));
    }

    private static Map<String, String> prefixed(Document document, String prefix) {
        Map<String, String> values = new HashMap<>();
        for (IndexableField field : document) {
            if (field.name().startsWith(prefix)) {
                values.put(field.name().substring(prefix.length()), field.stringValue());
            }
        }
        return values;
    }
}
