package dev.aegis.client.model;

import java.util.Objects;

/** A paused run's retrieved passage as its approver sees it: masked, withheld or revealed like the messages. */
public record Passage(String collection, String document, int chunk, double score, String text) {

    public Passage {
        Objects.requireNonNull(collection, "collection");
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(text, "text");
    }
}
