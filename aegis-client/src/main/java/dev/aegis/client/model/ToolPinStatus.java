package dev.aegis.client.model;

/** Whether a route trusts a tool's current definition. */
public enum ToolPinStatus implements WireValue {
    APPROVED("approved"),
    QUARANTINED("quarantined"),
    UNKNOWN("");

    private final String wire;

    ToolPinStatus(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }
}
