package dev.aegis.embedded.internal;

import dev.aegis.client.CollectionsApi;
import dev.aegis.client.model.FileObject;
import dev.aegis.client.model.SearchResult;
import dev.aegis.client.model.VectorStore;
import dev.aegis.client.model.VectorStoreFile;
import java.util.List;

/**
 * Collections are the server's vector store API (uploads, ingestion, search) and are not served
 * in-process: routes still retrieve from their configured stores; fill those with the server or
 * {@code aegis ingest}. Every method says so.
 */
public final class NoCollections implements CollectionsApi {

    private static UnsupportedOperationException unsupported() {
        return new UnsupportedOperationException(
                "Collections are managed through a gateway server (/v1/vector_stores) or 'aegis ingest'; embedded mode retrieves from them only.");
    }

    @Override
    public VectorStore create(String name) {
        throw unsupported();
    }

    @Override
    public List<VectorStore> list() {
        throw unsupported();
    }

    @Override
    public VectorStore get(String vectorStoreId) {
        throw unsupported();
    }

    @Override
    public boolean delete(String vectorStoreId) {
        throw unsupported();
    }

    @Override
    public FileObject upload(String filename, byte[] content) {
        throw unsupported();
    }

    @Override
    public VectorStoreFile attach(String vectorStoreId, String fileId) {
        throw unsupported();
    }

    @Override
    public VectorStoreFile file(String vectorStoreId, String fileId) {
        throw unsupported();
    }

    @Override
    public List<SearchResult> search(String vectorStoreId, String query, int maxResults) {
        throw unsupported();
    }
}
