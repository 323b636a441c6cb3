package dev.aegis.server.vectors;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.aegis.api.vector.VectorCollection;
import dev.aegis.server.internal.Json;
import dev.aegis.server.vectors.AttachedFiles.AttachedFile;
import dev.aegis.server.vectors.StoredFiles.StoredFile;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The objects of OpenAI's files and vector stores API, written in its shapes. */
final class VectorJson {

    /** The collection metadata key of a vector store's display name. */
    static final String NAME = "name";
    /** The prefix of the collection metadata keys that hold a vector store's own {@code metadata}. */
    static final String METADATA = "metadata.";

    @FunctionalInterface
    interface Writer<T> {
        void write(JsonGenerator json, T item) throws IOException;
    }

    private VectorJson() {}

    static void file(JsonGenerator json, StoredFile file) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", file.id());
        json.writeStringField("object", "file");
        json.writeNumberField("bytes", file.bytes());
        json.writeNumberField("created_at", file.createdAt().getEpochSecond());
        json.writeNullField("expires_at");
        json.writeStringField("filename", file.filename());
        json.writeStringField("purpose", file.purpose());
        json.writeStringField("status", "processed");
        json.writeNullField("status_details");
        json.writeEndObject();
    }

    static void vectorStore(JsonGenerator json, VectorCollection collection, List<AttachedFile> files) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", collection.name());
        json.writeStringField("object", "vector_store");
        json.writeNumberField("created_at", collection.createdAt().getEpochSecond());
        json.writeStringField("name", collection.metadata().getOrDefault(NAME, ""));
        json.writeNumberField("usage_bytes", files.stream().mapToLong(AttachedFile::usageBytes).sum());
        long inProgress = fileCounts(json, files);
        json.writeStringField("status", inProgress > 0 ? "in_progress" : "completed");
        json.writeNumberField("last_active_at", collection.createdAt().getEpochSecond());
        json.writeNullField("expires_at");
        json.writeObjectFieldStart("metadata");
        for (Map.Entry<String, String> entry : userMetadata(collection).entrySet()) {
            json.writeStringField(entry.getKey(), entry.getValue());
        }
        json.writeEndObject();
        json.writeEndObject();
    }

    /** A vector store's own {@code metadata}, as the client set it. */
    static Map<String, String> userMetadata(VectorCollection collection) {
        Map<String, String> metadata = new TreeMap<>();
        collection.metadata().forEach((key, value) -> {
            if (key.startsWith(METADATA)) {
                metadata.put(key.substring(METADATA.length()), value);
            }
        });
        return metadata;
    }

    static void vectorStoreFile(JsonGenerator json, AttachedFile file) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", file.fileId());
        json.writeStringField("object", "vector_store.file");
        json.writeNumberField("usage_bytes", file.usageBytes());
        json.writeNumberField("created_at", file.createdAt().getEpochSecond());
        json.writeStringField("vector_store_id", file.vectorStoreId());
        json.writeStringField("status", file.status());
        if (file.lastError().isPresent()) {
            json.writeObjectFieldStart("last_error");
            json.writeStringField("code", file.lastError().get().code());
            json.writeStringField("message", file.lastError().get().message());
            json.writeEndObject();
        } else {
            json.writeNullField("last_error");
        }
        json.writeObjectFieldStart("chunking_strategy");
        json.writeStringField("type", "static");
        json.writeObjectFieldStart("static");
        json.writeNumberField("max_chunk_size_tokens", file.chunkTokens());
        json.writeNumberField("chunk_overlap_tokens", file.overlapTokens());
        json.writeEndObject();
        json.writeEndObject();
        json.writeFieldName("attributes");
        json.writeTree(Json.MAPPER.readTree(file.attributes()));
        json.writeEndObject();
    }

    static void fileBatch(JsonGenerator json, FileBatches.FileBatch batch, List<AttachedFile> files) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", batch.id());
        json.writeStringField("object", "vector_store.files_batch");
        json.writeNumberField("created_at", batch.createdAt().getEpochSecond());
        json.writeStringField("vector_store_id", batch.vectorStoreId());
        long inProgress = fileCounts(json, files);
        json.writeStringField("status", inProgress > 0 ? "in_progress" : "completed");
        json.writeEndObject();
    }

    static <T> void list(JsonGenerator json, Pages.Page<T> page, java.util.function.Function<T, String> id, Writer<T> writer) throws IOException {
        json.writeStartObject();
        json.writeStringField("object", "list");
        json.writeArrayFieldStart("data");
        for (T item : page.data()) {
            writer.write(json, item);
        }
        json.writeEndArray();
        if (page.data().isEmpty()) {
            json.writeNullField("first_id");
            json.writeNullField("last_id");
        } else {
            json.writeStringField("first_id", id.apply(page.data().getFirst()));
            json.writeStringField("last_id", id.apply(page.data().getLast()));
        }
        json.writeBooleanField("has_more", page.hasMore());
        json.writeEndObject();
    }

    static void deleted(JsonGenerator json, String id, String object) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", id);
        json.writeStringField("object", object);
        json.writeBooleanField("deleted", true);
        json.writeEndObject();
    }

    /** Writes {@code file_counts}; the count in progress. */
    private static long fileCounts(JsonGenerator json, List<AttachedFile> files) throws IOException {
        long inProgress = count(files, "in_progress");
        json.writeObjectFieldStart("file_counts");
        json.writeNumberField("in_progress", inProgress);
        json.writeNumberField("completed", count(files, "completed"));
        json.writeNumberField("failed", count(files, "failed"));
        json.writeNumberField("cancelled", 0);
        json.writeNumberField("total", files.size());
        json.writeEndObject();
        return inProgress;
    }

    private static long count(List<AttachedFile> files, String status) {
        return files.stream().filter(file -> file.status().equals(status)).count();
    }
}
