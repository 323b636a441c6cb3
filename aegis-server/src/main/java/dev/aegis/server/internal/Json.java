package dev.aegis.server.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/** The one JSON mapper of the server, and small helpers for writing bodies with a streaming generator. */
public final class Json {

    /** Reads strictly: a key given twice in one object, or anything after the document, is an error. */
    public static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    private static final JsonFactory FACTORY = MAPPER.getFactory();

    private Json() {}

    @FunctionalInterface
    public interface Body {
        void write(JsonGenerator json) throws IOException;
    }

    /** Writes one JSON document to bytes. */
    public static byte[] bytes(Body body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(512);
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            body.write(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static byte[] error(ApiError error) {
        return bytes(json -> {
            json.writeStartObject();
            json.writeObjectFieldStart("error");
            json.writeStringField("message", error.getMessage());
            json.writeStringField("type", error.type());
            json.writeStringField("code", error.code());
            if (error.param().isPresent()) {
                json.writeStringField("param", error.param().get());
            } else {
                json.writeNullField("param");
            }
            json.writeEndObject();
            json.writeEndObject();
        });
    }
}
