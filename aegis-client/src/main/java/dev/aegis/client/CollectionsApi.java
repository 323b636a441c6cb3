package dev.aegis.client;

import dev.aegis.client.model.FileObject;
import dev.aegis.client.model.SearchResult;
import dev.aegis.client.model.VectorStore;
import dev.aegis.client.model.VectorStoreFile;
import java.util.List;

/** Collections: the OpenAI-compatible vector stores and files that routes retrieve from. */
public interface CollectionsApi {

    VectorStore create(String name);

    List<VectorStore> list();

    VectorStore get(String vectorStoreId);

    /** Deletes the collection; whether it existed. */
    boolean delete(String vectorStoreId);

    /** Uploads a file for collections (purpose {@code assistants}). */
    FileObject upload(String filename, byte[] content);

    /** Attaches an uploaded file to the collection, which indexes it. */
    VectorStoreFile attach(String vectorStoreId, String fileId);

    /** The file's state in the collection ({@code in_progress}, {@code completed}, {@code failed}). */
    VectorStoreFile file(String vectorStoreId, String fileId);

    /** The chunks best matching {@code query}, at most {@code maxResults} (1–50). */
    List<SearchResult> search(String vectorStoreId, String query, int maxResults);
}
