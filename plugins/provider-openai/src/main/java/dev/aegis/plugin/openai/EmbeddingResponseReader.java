package dev.aegis.plugin.openai;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.aegis.api.model.EmbeddingResponse;
import dev.aegis.api.model.ProviderException;
import dev.aegis.api.state.Usage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * Reads an embeddings list with a streaming parser: a large batch is megabytes of numbers that
 * should go straight into {@code float[]}s, not through a tree of boxed nodes.
 */
final class EmbeddingResponseReader {

    private EmbeddingResponseReader() {}

    static EmbeddingResponse read(InputStream body, int status, String requestedModel, int inputs) throws IOException {
        String model = requestedModel;
        Usage usage = Usage.ZERO;
        float[][] vectors = new float[inputs][];
        try (JsonParser json = Json.FACTORY.createParser(body)) {
            expect(json.nextToken() == JsonToken.START_OBJECT, status, "upstream answered with something other than a JSON object");
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String field = json.currentName();
                json.nextToken();
                switch (field) {
                    case "model" -> model = json.currentToken() == JsonToken.VALUE_STRING ? json.getText() : model;
                    case "usage" -> usage = Usages.from(Json.MAPPER.readTree(json)).orElse(Usage.ZERO);
                    case "data" -> readData(json, vectors, status);
                    default -> json.skipChildren();
                }
            }
        }
        List<float[]> ordered = new ArrayList<>(inputs);
        for (float[] vector : vectors) {
            expect(vector != null, status, "upstream returned fewer embeddings than the " + inputs + " inputs");
            ordered.add(vector);
        }
        return new EmbeddingResponse(model, ordered, usage);
    }

    private static void readData(JsonParser json, float[][] vectors, int status) throws IOException {
        expect(json.currentToken() == JsonToken.START_ARRAY, status, "upstream embeddings 'data' is not a list");
        int position = 0;
        while (json.nextToken() == JsonToken.START_OBJECT) {
            int index = position++;
            float[] vector = null;
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String field = json.currentName();
                json.nextToken();
                switch (field) {
                    case "index" -> index = json.getIntValue();
                    case "embedding" -> vector = readVector(json, status);
                    default -> json.skipChildren();
                }
            }
            expect(index >= 0 && index < vectors.length && vector != null, status, "upstream returned an embedding for no input (index " + index + ")");
            vectors[index] = vector;
        }
    }

    private static float[] readVector(JsonParser json, int status) throws IOException {
        if (json.currentToken() == JsonToken.VALUE_STRING) {
            // encoding_format: base64, little-endian float32
            ByteBuffer bytes = ByteBuffer.wrap(Base64.getDecoder().decode(json.getText())).order(ByteOrder.LITTLE_ENDIAN);
            float[] vector = new float[bytes.remaining() / Float.BYTES];
            bytes.asFloatBuffer().get(vector);
            return vector;
        }
        expect(json.currentToken() == JsonToken.START_ARRAY, status, "upstream embedding is neither a list nor base64");
        float[] vector = new float[1536];
        int size = 0;
        for (JsonToken token = json.nextToken(); token != JsonToken.END_ARRAY; token = json.nextToken()) {
            expect(token == JsonToken.VALUE_NUMBER_FLOAT || token == JsonToken.VALUE_NUMBER_INT, status, "upstream embedding holds a non-number");
            if (size == vector.length) {
                vector = Arrays.copyOf(vector, size * 2);
            }
            vector[size++] = json.getFloatValue();
        }
        return Arrays.copyOf(vector, size);
    }

    private static void expect(boolean condition, int status, String message) {
        if (!condition) {
            throw new ProviderException(ProviderException.Failure.FAILED, status, message, null);
        }
    }
}
