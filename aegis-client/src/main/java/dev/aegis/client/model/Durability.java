package dev.aegis.client.model;

/** What a route writes to resume its runs. */
public enum Durability implements WireValue {
    NONE("none"),
    PAUSE_AND_END("pause-and-end"),
    EVERY_STEP("every-step"),
    UNKNOWN("");

    private final String wire;

    Durability(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }
}
