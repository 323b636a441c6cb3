package dev.aegis.client.model;

import java.util.Objects;

/** A model name the caller may send to chat completions; {@code ownedBy} names its route ({@code aegis:<route>}). */
public record Model(String id, long created, String ownedBy) {

    /** The schema's constant {@code object}. */
    public static final String OBJECT = "model";

    public Model {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(ownedBy, "ownedBy");
    }
}
