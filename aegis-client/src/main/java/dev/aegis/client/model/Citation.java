package dev.aegis.client.model;

import java.util.Objects;

/** A passage a run retrieved and was given: where it came from, never its text. */
public record Citation(String collection, String document, int chunk, double score) {

    public Citation {
        Objects.requireNonNull(collection, "collection");
        Objects.requireNonNull(document, "document");
    }
}
