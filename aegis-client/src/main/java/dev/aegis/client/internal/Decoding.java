package dev.aegis.client.internal;

import dev.aegis.client.internal.json.JsonException;
import dev.aegis.client.internal.json.JsonWriter;
import dev.aegis.client.internal.json.RecordDecoder;
import java.util.List;

/** Answers as records; a document that does not fit becomes an {@code invalid_response} error with the text. */
final class Decoding {

    private Decoding() {}

    static <T> T one(Transport.Answer answer, Class<T> type) {
        try {
            return RecordDecoder.decode(answer.json(), type);
        } catch (JsonException e) {
            throw Transport.invalidResponse(answer.status(), JsonWriter.write(answer.json()), e);
        }
    }

    static <T> List<T> list(Transport.Answer answer, Class<T> type) {
        try {
            return List.copyOf(RecordDecoder.list(answer.json(), type));
        } catch (JsonException e) {
            throw Transport.invalidResponse(answer.status(), JsonWriter.write(answer.json()), e);
        }
    }
}
