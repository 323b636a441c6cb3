package dev.aegis.client.model;

/** How a run ended, or that it waits for an approval. */
public enum RunStatus implements WireValue {
    COMPLETED("completed"),
    REFUSED("refused"),
    PAUSED("paused"),
    FAILED("failed"),
    UNKNOWN("");

    private final String wire;

    RunStatus(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }
}
