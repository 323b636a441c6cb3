package dev.aegis.client.model;

/** What an uploaded file is for, as OpenAI names it; the gateway's collections take {@code assistants}. */
public enum FilePurpose implements WireValue {
    ASSISTANTS("assistants"),
    BATCH("batch"),
    FINE_TUNE("fine-tune"),
    VISION("vision"),
    USER_DATA("user_data"),
    EVALS("evals"),
    UNKNOWN("");

    private final String wire;

    FilePurpose(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }
}
