package dev.aegis.api.vector;

import dev.aegis.api.API;
import java.util.List;

/** Turns text into vectors, e.g. an in-process sentence encoder. Thread-safe. */
@API(status = API.Status.STABLE)
public interface EmbeddingProvider {

    /** One vector of {@link #dimensions()} floats per text, in order. */
    List<float[]> embed(List<String> texts);

    int dimensions();
}
