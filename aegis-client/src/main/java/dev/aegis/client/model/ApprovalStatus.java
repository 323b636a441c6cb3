package dev.aegis.client.model;

/** Where an approval request stands. */
public enum ApprovalStatus implements WireValue {
    PENDING("pending"),
    APPROVED("approved"),
    REJECTED("rejected"),
    EXPIRED("expired"),
    UNKNOWN("");

    private final String wire;

    ApprovalStatus(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }
}
