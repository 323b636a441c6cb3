package dev.aegis.client.model;

import java.util.Objects;

/** An uploaded file, before or after it is attached to a collection. */
public record FileObject(String id, long bytes, long createdAt, String filename, FilePurpose purpose, FileStatus status) {

    /** The document's constant {@code object}. */
    public static final String OBJECT = "file";

    public FileObject {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(filename, "filename");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(status, "status");
    }
}
