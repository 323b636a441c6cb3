package dev.aegis.client.model;

/** Why a run was refused: a policy said no, a limit was reached, or nothing could serve it. */
public enum HaltKind implements WireValue {
    POLICY("policy"),
    LIMIT("limit"),
    UNAVAILABLE("unavailable"),
    UNKNOWN("");

    private final String wire;

    HaltKind(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }

    /** The constant for a wire value; {@code UNKNOWN} for one this client does not know. */
    public static HaltKind of(String wire) {
        for (HaltKind kind : values()) {
            if (kind.wire.equals(wire) && !wire.isEmpty()) {
                return kind;
            }
        }
        return UNKNOWN;
    }
}
