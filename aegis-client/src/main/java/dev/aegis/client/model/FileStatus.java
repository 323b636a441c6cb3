package dev.aegis.client.model;

/** An uploaded file's state: {@code processed} once the upload is answered. */
public enum FileStatus implements WireValue {
    PROCESSED("processed"),
    UNKNOWN("");

    private final String wire;

    FileStatus(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }
}
