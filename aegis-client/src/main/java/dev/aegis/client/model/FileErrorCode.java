package dev.aegis.client.model;

/** Why indexing a collection file failed: the gateway failed, the format is not supported, or the file is not what its name says. */
public enum FileErrorCode implements WireValue {
    SERVER_ERROR("server_error"),
    UNSUPPORTED_FILE("unsupported_file"),
    INVALID_FILE("invalid_file"),
    UNKNOWN("");

    private final String wire;

    FileErrorCode(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }
}
