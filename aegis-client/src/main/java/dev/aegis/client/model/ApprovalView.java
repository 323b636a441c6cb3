package dev.aegis.client.model;

/** How a pending approval shows the paused conversation. */
public enum ApprovalView implements WireValue {
    MASKED("masked"),
    REVEALED("revealed"),
    UNKNOWN("");

    private final String wire;

    ApprovalView(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }
}
