package dev.aegis.client.internal;

import dev.aegis.client.CollectionsApi;
import dev.aegis.client.internal.json.JsonWriter;
import dev.aegis.client.model.FileObject;
import dev.aegis.client.model.SearchResult;
import dev.aegis.client.model.VectorStore;
import dev.aegis.client.model.VectorStoreFile;
import java.util.List;
import java.util.Map;

/** Collections over the OpenAI-compatible {@code /v1/vector_stores} and {@code /v1/files}. */
public final class HttpCollections implements CollectionsApi {

    private static final String STORES = "/v1/vector_stores";

    private final Transport transport;

    public HttpCollections(Transport transport) {
        this.transport = transport;
    }

    @Override
    public VectorStore create(String name) {
        return Decoding.one(transport.json(Call.post(STORES, JsonWriter.write(Map.of("name", name)))), VectorStore.class);
    }

    @Override
    public List<VectorStore> list() {
        return Decoding.list(transport.json(Call.get(STORES)), VectorStore.class);
    }

    @Override
    public VectorStore get(String vectorStoreId) {
        return Decoding.one(transport.json(Call.get(STORES + "/" + Paths.segment(vectorStoreId))), VectorStore.class);
    }

    @Override
    public boolean delete(String vectorStoreId) {
        Transport.Answer answer = transport.json(Call.delete(STORES + "/" + Paths.segment(vectorStoreId)));
        return answer.json() instanceof Map<?, ?> deleted && Boolean.TRUE.equals(deleted.get("deleted"));
    }

    @Override
    public FileObject upload(String filename, byte[] content) {
        Multipart form = new Multipart().field("purpose", "assistants").file("file", filename, content);
        Call call = new Call("POST", "/v1/files", Map.of(), java.util.Optional.empty(), false, java.time.Duration.ZERO)
                .withBody(form.contentType(), form.bytes());
        return Decoding.one(transport.json(call), FileObject.class);
    }

    @Override
    public VectorStoreFile attach(String vectorStoreId, String fileId) {
        String path = STORES + "/" + Paths.segment(vectorStoreId) + "/files";
        return Decoding.one(transport.json(Call.post(path, JsonWriter.write(Map.of("file_id", fileId)))), VectorStoreFile.class);
    }

    @Override
    public VectorStoreFile file(String vectorStoreId, String fileId) {
        String path = STORES + "/" + Paths.segment(vectorStoreId) + "/files/" + Paths.segment(fileId);
        return Decoding.one(transport.json(Call.get(path)), VectorStoreFile.class);
    }

    @Override
    public List<SearchResult> search(String vectorStoreId, String query, int maxResults) {
        String path = STORES + "/" + Paths.segment(vectorStoreId) + "/search";
        String body = JsonWriter.write(Map.of("query", query, "max_num_results", maxResults));
        return Decoding.list(transport.json(Call.post(path, body)), SearchResult.class);
    }
}
