package dev.aegis.client.model;

/** A collection file's state: {@code in_progress} while it is indexed, then {@code completed} or {@code failed}. */
public enum VectorStoreFileStatus implements WireValue {
    IN_PROGRESS("in_progress"),
    COMPLETED("completed"),
    FAILED("failed"),
    UNKNOWN("");

    private final String wire;

    VectorStoreFileStatus(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }
}
