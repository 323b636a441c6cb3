package dev.aegis.client.model;

/** A collection's state: {@code in_progress} while a file is being indexed. */
public enum VectorStoreStatus implements WireValue {
    IN_PROGRESS("in_progress"),
    COMPLETED("completed"),
    UNKNOWN("");

    private final String wire;

    VectorStoreStatus(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }
}
